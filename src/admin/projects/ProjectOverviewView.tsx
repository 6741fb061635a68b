import type { AdminViewServerProps } from 'payload'

import { requestLanguage } from '../../http/requestLanguage'
import { siteUrl } from '../../http/siteUrl'
import { getTranslator } from '../../i18n/getTranslator'
import { projectOverview, type RoundSummary } from '../../projects/overview/projectOverview'
import { InAdminLayout } from '../layout/InAdminLayout'
import { BarChart } from './BarChart'
import { NextRoundButton } from './NextRoundButton'
import { PrintEventRoomButton } from './PrintEventRoomButton'
import { qrCodeSvg } from './qrCodeSvg'

/**
 * /admin/project-overview/:id — where one project's round stands, inside the
 * admin's layout: the round's steps as a checklist and its numbers at a glance,
 * the event room's QR codes (board and survey, printable on one A4), the three
 * parts with charts that carry their numbers as text, exports, the next round
 * and a comparison with the previous one. Everything is read as the signed-in
 * person, so another municipality's coordinator gets nothing.
 */
export async function ProjectOverviewView(view: AdminViewServerProps) {
  const { initPageResult, params } = view
  const req = initPageResult.req
  const lang = requestLanguage(req, 'admin')
  const t = await getTranslator(lang, 'event')
  const admin = req.payload.config.routes.admin
  const segments = ((await params)?.segments ?? []) as string[]
  const id = segments[1] ?? ''
  const overview = req.user && id ? await projectOverview(req.payload, req, id) : null
  const projectsCrumb = { label: t('overview.projectsCrumb'), url: `${admin}/collections/projects` }
  if (!overview) {
    return (
      <InAdminLayout view={view} id="project-overview" steps={[projectsCrumb, { label: t('overview.heading') }]}>
        <h1>{t('overview.heading')}</h1>
        <p role="alert">{t('overview.notFound')}</p>
      </InAdminLayout>
    )
  }
  const o = overview
  const projectUrl = `${admin}/collections/projects/${o.project.id}`
  const list = (items: { label: string; value: number }[]) => items.map((i) => `${i.label} ${i.value}`).join(', ')
  const themeBars = (s: RoundSummary) =>
    s.cards.byThemeAndTone.map((r) => ({
      label: r.theme,
      values: [
        { name: 'positive', value: r.positive, tone: 'positive' as const },
        { name: 'negative', value: r.negative, tone: 'negative' as const },
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
            ? items.map((i) => ({ label: i.label, values: [{ name: 'n', value: i.value, tone: 'neutral' as const }] }))
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
      bars={o[key].map((c) => ({ label: c.label, values: [{ name: 'n', value: c.value, tone: 'neutral' as const }] }))}
      empty={t('overview.empty')}
    />
  )
  const link = (collection: string, label: string) => (
    <a href={`${admin}/collections/${collection}?where[project][equals]=${o.project.id}`}>{label}</a>
  )

  const done = o.checklist.filter((c) => c.done).length
  const next = o.checklist.find((c) => !c.done)?.key
  const numbers = [
    ['sessionsHeld', o.sessions.held],
    ['participants', o.sessions.participants],
    ['reportsApproved', o.reports.approved],
    ['cards', o.cards.total],
    ['actions', o.actions.total],
    ['surveyAnswers', o.survey.answers],
  ] as const

  // The event room's links are public addresses: a phone scans them, so they are absolute.
  const site = siteUrl()
  const eventRoom = await Promise.all(
    o.events
      .filter((e) => e.status !== 'closed' && (e.boardToken || e.surveyToken))
      .map(async (e) => {
        const board = e.boardToken ? `${site}/${lang}/board/${e.boardToken}` : null
        const survey = e.surveyToken ? `${site}/${lang}/survey/${e.surveyToken}` : null
        return {
          ...e,
          board: board ? { url: board, svg: await qrCodeSvg(board) } : null,
          survey: survey ? { url: survey, svg: await qrCodeSvg(survey) } : null,
        }
      }),
  )
  const qr = (kind: 'board' | 'survey', code: { url: string; svg: string }, eventId: string) => (
    <figure className="project-overview__qr" data-qr={kind}>
      <figcaption>
        <strong>{t(kind === 'board' ? 'overview.boardScan' : 'overview.surveyScan')}</strong>
      </figcaption>
      <div
        role="img"
        id={`qr-${kind}-${eventId}`}
        aria-label={t(kind === 'board' ? 'overview.boardQr' : 'overview.surveyQr', { url: code.url })}
        className="project-overview__qr-code"
        dangerouslySetInnerHTML={{ __html: code.svg }}
      />
      <p className="project-overview__qr-url">
        <a href={code.url}>{code.url}</a>
      </p>
    </figure>
  )

  return (
    <InAdminLayout
      view={view}
      id="project-overview"
      className="project-overview"
      steps={[projectsCrumb, { label: o.project.title, url: projectUrl }, { label: t('overview.heading') }]}
    >
      <p className="project-overview__back">
        <a href={projectUrl}>
          <span aria-hidden="true">← </span>
          {t('overview.back')}
        </a>
      </p>
      <header className="project-overview__header">
        <h1>
          {t('overview.heading')}: {o.project.title}
        </h1>
        <p>
          {o.project.municipality} · {t('overview.round', { round: o.project.round })} · {t('overview.stage')}:{' '}
          {t(`overview.stages.${o.project.stage}`)}
        </p>
      </header>

      <div className="project-overview__glance">
        <section aria-labelledby="checklist" className="project-overview__card">
          <h2 id="checklist">{t('overview.checklistHeading')}</h2>
          <p className="project-overview__progress">{t('overview.progress', { done, total: o.checklist.length })}</p>
          <ol data-testid="checklist" className="project-overview__checklist">
            {o.checklist.map((c) => (
              <li
                key={c.key}
                data-done={c.done}
                aria-current={c.key === next ? 'step' : undefined}
                className={c.done ? 'is-done' : c.key === next ? 'is-next' : undefined}
              >
                <span aria-hidden="true" className="project-overview__mark">
                  {c.done ? '✓' : '○'}
                </span>{' '}
                {t(`overview.checklist.${c.key}`)}{' '}
                <span className="project-overview__state">
                  ({c.done ? t('overview.done') : c.key === next ? t('overview.nextStep') : t('overview.notDone')})
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="numbers" className="project-overview__card">
          <h2 id="numbers">{t('overview.keyNumbers')}</h2>
          <dl className="project-overview__numbers">
            {numbers.map(([key, value]) => (
              <div key={key}>
                <dt>{t(`overview.numbers.${key}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      <section aria-labelledby="event-room" className="project-overview__event-room" data-testid="event-room">
        <h2 id="event-room">{t('overview.eventRoom')}</h2>
        {eventRoom.length === 0 ? (
          <p>{t('overview.noEventRoom')}</p>
        ) : (
          <>
            <p className="project-overview__screen-only">{t('overview.eventRoomHelp')}</p>
            <PrintEventRoomButton label={t('overview.printEventRoom')} />
            {eventRoom.map((e) => (
              <div key={e.id} className="project-overview__sheet">
                <h3>
                  {e.title} ({t(`overview.eventStatus.${e.status}`)})
                </h3>
                <div className="project-overview__qrs">
                  {e.board && qr('board', e.board, e.id)}
                  {e.survey && qr('survey', e.survey, e.id)}
                </div>
              </div>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="part-sessions">
        <h2 id="part-sessions">{t('overview.parts.sessions')}</h2>
        <ul className="project-overview__facts">
          <li>{t('overview.sessions', o.sessions)}</li>
          <li>{t('overview.participants', { count: o.sessions.participants })}</li>
          <li>{t('overview.reports', o.reports)}</li>
          <li>{t('overview.cards', o.cards)}</li>
        </ul>
        <p>
          {link('sessions', t('overview.export.sessions'))} · {link('reports', t('overview.export.reports'))} ·{' '}
          {link('experience-cards', t('overview.export.cards'))}
        </p>
        <div className="project-overview__charts">
          {people('participantsByLanguage', t('overview.byLanguage'))}
          {people('participantsByGroup', t('overview.byGroup'))}
          <BarChart
            id="byTheme"
            title={t('overview.byTheme')}
            summary={themeSummary(o)}
            bars={themeBars(o)}
            empty={t('overview.empty')}
          />
        </div>
      </section>

      <section aria-labelledby="part-event">
        <h2 id="part-event">{t('overview.parts.event')}</h2>
        <ul className="project-overview__facts">
          {o.events.map((e) => (
            <li key={e.id}>
              <a href={`${admin}/collections/decision-events/${e.id}`}>{e.title}</a> (
              {t(`overview.eventStatus.${e.status}`)})
              {e.boardToken && (
                <>
                  {' · '}
                  <a href={`/${lang}/board/${e.boardToken}`}>{t('overview.boardLink')}</a>
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
        <div className="project-overview__charts">
          {effectChart('dataCollectionEffect')}
          {effectChart('eventEffect')}
        </div>
        <p>{t('overview.evaluations', o.evaluations)}</p>
        <p>{link('evaluations', t('overview.links'))}</p>
      </section>

      <section aria-labelledby="exports" className="project-overview__screen-only">
        <h2 id="exports">{t('overview.exports')}</h2>
        <ul className="project-overview__facts">
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
              <a href={`${admin}/project-overview/${r.id}`}>{t('overview.nextRoundStarted', { round: r.round })}</a>
            </p>
          ))
        ) : (
          <div className="project-overview__screen-only">
            <p>{t('overview.nextRoundHelp')}</p>
            <NextRoundButton projectId={o.project.id} label={t('overview.nextRound')} failed={t('errors.invalid')} />
          </div>
        )}
        {o.previous && (
          <>
            <h3>{t('overview.compare')}</h3>
            <table data-testid="compare" className="project-overview__table">
              <thead>
                <tr>
                  <td></td>
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
    </InAdminLayout>
  )
}
