import type { AdminViewServerProps } from 'payload'

import { actorOf } from '../../access/roles'
import { requestLanguage } from '../../http/requestLanguage'
import { getTranslator } from '../../i18n/getTranslator'
import { nationalOverview } from '../../projects/overview/nationalOverview'
import { InAdminLayout } from '../layout/InAdminLayout'

/** /admin/national-overview — all municipalities for admins, aggregated, small counts withheld. */
export async function NationalOverviewView(view: AdminViewServerProps) {
  const req = view.initPageResult.req
  const lang = requestLanguage(req, 'admin')
  const t = await getTranslator(lang, 'event')
  const steps = [{ label: t('national.heading') }]
  if (actorOf(req)?.role !== 'admin') {
    return (
      <InAdminLayout view={view} id="national-overview" steps={steps} lang={lang}>
        <h1>{t('national.heading')}</h1>
        <p role="alert">{t('national.onlyAdmins')}</p>
      </InAdminLayout>
    )
  }
  const data = await nationalOverview(req.payload)
  const n = (v: number | null) => (v === null ? t('national.hidden') : v)
  return (
    <InAdminLayout view={view} id="national-overview" className="national-overview" steps={steps} lang={lang}>
      <h1>{t('national.heading')}</h1>
      <p>{t('national.intro')}</p>
      <div className="national-overview__scroll" role="region" aria-labelledby="national-municipalities" tabIndex={0}>
        <table className="project-overview__table">
          <caption id="national-municipalities">{t('national.heading')}</caption>
          <thead>
            <tr>
              {(
                [
                  'municipality',
                  'projects',
                  'stage',
                  'sessions',
                  'participants',
                  'cards',
                  'actions',
                  'actionsDone',
                ] as const
              ).map((k) => (
                <th scope="col" key={k}>
                  {t(`national.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.municipalities.map((m) => (
              <tr key={m.municipality}>
                <th scope="row">{m.municipality}</th>
                <td>{m.projects}</td>
                <td>{t(`overview.stages.${m.stage}`)}</td>
                <td>{n(m.sessionsHeld)}</td>
                <td>{n(m.participants)}</td>
                <td>{n(m.cards)}</td>
                <td>{n(m.actions)}</td>
                <td>{n(m.actionsDone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="national-themes">{t('national.themes')}</h2>
      <table className="project-overview__table" aria-labelledby="national-themes">
        <thead>
          <tr>
            <th scope="col">{t('national.theme')}</th>
            <th scope="col">{t('overview.positive')}</th>
            <th scope="col">{t('overview.negative')}</th>
          </tr>
        </thead>
        <tbody>
          {data.themes.map((row) => (
            <tr key={row.theme}>
              <th scope="row">{row.theme}</th>
              <td>{n(row.positive)}</td>
              <td>{n(row.negative)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </InAdminLayout>
  )
}
