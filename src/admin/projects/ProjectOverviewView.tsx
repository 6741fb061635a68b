import type { AdminViewServerProps } from 'payload'

import { BarChart } from '../../components/event/BarChart'
import { requestLanguage } from '../../http/requestLanguage'
import { getTranslator } from '../../i18n/getTranslator'
import { projectOverview, type RoundSummary } from '../../projects/overview/projectOverview'
import { NextRoundButton } from './NextRoundButton'

const POSITIVE = '#0b5d2a'
const NEGATIVE = '#8a1c1c'
const NEUTRAL = '#1f4e8c'

/**
 * /admin/project-overview/:id — where one project stands: the checklist, the
 * three parts with counts and links, charts with text alternatives, exports,
 * the next round and a comparison with the previous round. Everything is read
 * as the signed-in person, so another municipality's coordinator gets nothing.
 */
export async function ProjectOverviewView({ initPageResult, params }: AdminViewServerProps) {
  const req = initPageResult.req
  const lang = requestLanguage(req, 'admin')
  const t = await getTranslator(lang, 'event')
  const segments = ((await params)?.segments ?? []) as string[]
  const id = segments[1] ?? ''
  const overview = req.user && id ? await projectOverview(req.payload, req, id) : null
  if (!overview) {
    return (
      <main className="gutter--left gutter--right" style={{ padding: '2rem' }}>
        <h1>{t('overview.heading')}</h1>
        <p role="alert">{t('overview.notFound')}</p>
      </main>
    )
  }
  const o = overview
  const list = (items: { label: string; value: number }[]) => items.map((i) => `${i.label} ${i.value}`).join(', ')
  const themeBars = (s: RoundSummary) =>
    s.cards.byThemeAndTone.map((r) => ({
      label: r.theme,
      values: [
        { name: 'positive', value: r.positive, colour: POSITIVE },
        { name: 'negative', value: r.negative, colour: NEGATIVE },
      ],
    }))
  const themeSummary = (s: RoundSummary) =>
    t('overview.chartSummary', {
      title: t('overview.byTheme'),
      items:
        s.cards.byThemeAndTone
          .map((r) => `${r.theme}: ${t('overview.positive')} ${r.positive}, ${t('overview.negative')} ${r.negative}`)
          .join('; ') || t('overview.empty'),
    })
  const effectChart = (key: 'dataCollectionEffect' | 'eventEffect') => {
    const items = o.survey[key].map((c) => ({ label: t(`overview.effects.${c.key}`), value: c.value }))
    return (
      <BarChart
        id={key}
        title={t(`overview.${key}`)}
        summary={t('overview.chartSummary', { title: t(`overview.${key}`), items: list(items) })}
        bars={
          o.survey.answers
            ? items.map((i) => ({ label: i.label, values: [{ name: 'n', value: i.value, colour: NEUTRAL }] }))
            : []
        }
        empty={t('overview.empty')}
      />
    )
  }
  const people = (key: 'participantsByLanguage' | 'participantsByGroup', title: string) => (
    <BarChart
      id={key}
      title={title}
      summary={t('overview.chartSummary', { title, items: list(o[key]) || t('overview.empty') })}
      bars={o[key].map((c) => ({ label: c.label, values: [{ name: 'n', value: c.value, colour: NEUTRAL }] }))}
      empty={t('overview.empty')}
    />
  )
  const link = (collection: string, label: string) => (
    <a href={`/admin/collections/${collection}?where[project][equals]=${o.project.id}`}>{label}</a>
  )
  return (
    <main className="gutter--left gutter--right" style={{ padding: '2rem', maxWidth: '70rem' }}>
      <h1>
        {t('overview.heading')}: {o.project.title}
      </h1>
      <p>
        {o.project.municipality} · {t('overview.round', { round: o.project.round })} · {t('overview.stage')}:{' '}
        {t(`overview.stages.${o.project.stage}`)}
      </p>

      <section aria-labelledby="checklist">
        <h2 id="checklist">{t('overview.checklistHeading')}</h2>
        <ul data-testid="checklist">
          {o.checklist.map((c) => (
            <li key={c.key} data-done={c.done}>
              {c.done ? '✓' : '○'} {t(`overview.checklist.${c.key}`)} (
              {c.done ? t('overview.done') : t('overview.notDone')})
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="part-sessions">
        <h2 id="part-sessions">{t('overview.parts.sessions')}</h2>
        <p>{t('overview.sessions', o.sessions)}</p>
        <p>{t('overview.participants', { count: o.sessions.participants })}</p>
        <p>{t('overview.reports', o.reports)}</p>
        <p>{t('overview.cards', o.cards)}</p>
        <p>
          {link('sessions', t('overview.export.sessions'))} · {link('reports', t('overview.export.reports'))} ·{' '}
          {link('experience-cards', t('overview.export.cards'))}
        </p>
        {people('participantsByLanguage', t('overview.byLanguage'))}
        {people('participantsByGroup', t('overview.byGroup'))}
        <BarChart
          id="byTheme"
          title={t('overview.byTheme')}
          summary={themeSummary(o)}
          bars={themeBars(o)}
          empty={t('overview.empty')}
        />
      </section>

      <section aria-labelledby="part-event">
        <h2 id="part-event">{t('overview.parts.event')}</h2>
        <ul>
          {o.events.map((e) => (
            <li key={e.id}>
              <a href={`/admin/collections/decision-events/${e.id}`}>{e.title}</a> (
              {t(`overview.eventStatus.${e.status}`)})
              {e.boardToken && (
                <>
                  {' · '}
                  <a href={`/${lang === 'en' ? 'en' : lang}/board/${e.boardToken}`}>{t('overview.boardLink')}</a>
                  {' · '}
                  <a href={`/${lang}/board/${e.boardToken}/tally`}>{t('overview.tallyLink')}</a>
                </>
              )}
              {e.surveyToken && (
                <>
                  {' · '}
                  <a href={`/${lang}/survey/${e.surveyToken}`}>{t('overview.surveyLink')}</a>
                </>
              )}
            </li>
          ))}
        </ul>
        <p>{t('overview.linksOnlyWhenOpen')}</p>
        <p data-testid="actions-count">{t('overview.actions', o.actions)}</p>
        <p>{link('actions', t('overview.export.actions'))}</p>
      </section>

      <section aria-labelledby="part-follow">
        <h2 id="part-follow">{t('overview.parts.followUp')}</h2>
        <p data-testid="survey-count">{t('overview.surveyAnswers', { count: o.survey.answers })}</p>
        {effectChart('dataCollectionEffect')}
        {effectChart('eventEffect')}
        <p>{t('overview.evaluations', o.evaluations)}</p>
        <p>{link('evaluations', t('overview.links'))}</p>
      </section>

      <section aria-labelledby="exports">
        <h2 id="exports">{t('overview.exports')}</h2>
        <ul>
          {(['sessions', 'reports', 'cards', 'actions', 'survey'] as const).map((k) => (
            <li key={k}>
              <a href={`/api/project-export/${o.project.id}/${k}.csv`} download>
                {t(`overview.export.${k}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rounds">
        <h2 id="rounds">{t('overview.nextRound')}</h2>
        {o.nextRounds.length > 0 ? (
          o.nextRounds.map((r) => (
            <p key={r.id}>
              <a href={`/admin/project-overview/${r.id}`}>{t('overview.nextRoundStarted', { round: r.round })}</a>
            </p>
          ))
        ) : (
          <>
            <p>{t('overview.nextRoundHelp')}</p>
            <NextRoundButton projectId={o.project.id} label={t('overview.nextRound')} failed={t('errors.invalid')} />
          </>
        )}
        {o.previous && (
          <>
            <h3>{t('overview.compare')}</h3>
            <table data-testid="compare">
              <thead>
                <tr>
                  <th scope="col"></th>
                  <th scope="col">{t('overview.compareRound', { round: o.previous.project.round })}</th>
                  <th scope="col">{t('overview.compareRound', { round: o.project.round })}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('overview.participants', { count: '' }).replace(/:\s*$/, '')}</th>
                  <td>{o.previous.sessions.participants}</td>
                  <td>{o.sessions.participants}</td>
                </tr>
                <tr>
                  <th scope="row">{t('overview.export.cards')}</th>
                  <td>{o.previous.cards.total}</td>
                  <td>{o.cards.total}</td>
                </tr>
                <tr>
                  <th scope="row">{t('overview.actionsDone')}</th>
                  <td>{o.previous.actions.done}</td>
                  <td>{o.actions.done}</td>
                </tr>
              </tbody>
            </table>
            <BarChart
              id="byThemePrevious"
              title={`${t('overview.byTheme')} — ${t('overview.compareRound', { round: o.previous.project.round })}`}
              summary={themeSummary(o.previous)}
              bars={themeBars(o.previous)}
              empty={t('overview.empty')}
            />
          </>
        )}
      </section>
    </main>
  )
}
