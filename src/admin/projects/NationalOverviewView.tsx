import type { AdminViewServerProps } from 'payload'

import { actorOf } from '../../access/roles'
import { requestLanguage } from '../../http/requestLanguage'
import { getTranslator } from '../../i18n/getTranslator'
import { nationalOverview } from '../../projects/overview/nationalOverview'

/** /admin/national-overview — all municipalities for admins, aggregated, small counts withheld. */
export async function NationalOverviewView({ initPageResult }: AdminViewServerProps) {
  const req = initPageResult.req
  const lang = requestLanguage(req, 'admin')
  const t = await getTranslator(lang, 'event')
  if (actorOf(req)?.role !== 'admin') {
    return (
      <main style={{ padding: '2rem' }}>
        <h1>{t('national.heading')}</h1>
        <p role="alert">{t('national.onlyAdmins')}</p>
      </main>
    )
  }
  const data = await nationalOverview(req.payload)
  const n = (v: number | null) => (v === null ? t('national.hidden') : v)
  return (
    <main style={{ padding: '2rem', maxWidth: '70rem' }}>
      <h1>{t('national.heading')}</h1>
      <p>{t('national.intro')}</p>
      <table>
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
      <h2>{t('national.themes')}</h2>
      <table>
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
    </main>
  )
}
