import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { idOf } from '../../access/roles'
import type { Project } from '../../payload-types'

// Rows of several collections read side by side; each is narrowed where it is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>
export type Count = { key: string; label: string; value: number }

export type RoundSummary = {
  project: { id: string; title: string; round: number; stage: string; municipality: string }
  sessions: { planned: number; held: number; reported: number; cancelled: number; participants: number }
  participantsByLanguage: Count[]
  participantsByGroup: Count[]
  reports: { draft: number; submitted: number; returned: number; approved: number }
  cards: { total: number; selected: number; byThemeAndTone: { theme: string; positive: number; negative: number }[] }
  events: { id: string; title: string; status: string; boardToken?: string | null; surveyToken?: string | null }[]
  actions: { total: number; done: number; public: number; byStatus: Count[] }
  survey: { answers: number; dataCollectionEffect: Count[]; eventEffect: Count[] }
  evaluations: { planned: number; done: number; dueSoon: number; overdue: number }
  nextRounds: { id: string; round: number }[]
}

export type ProjectOverview = RoundSummary & {
  checklist: { key: string; done: boolean }[]
  previous: RoundSummary | null
}

const EFFECTS = ['none', 'little', 'some', 'much']

function tally<T>(
  docs: T[],
  keyOf: (d: T) => string | null | undefined,
  amount: (d: T) => number = () => 1,
  labelOf?: (d: T) => string,
): Count[] {
  const out = new Map<string, Count>()
  for (const d of docs) {
    const key = keyOf(d)
    if (!key) continue
    const entry = out.get(key) ?? { key, label: labelOf ? labelOf(d) : key, value: 0 }
    entry.value += amount(d)
    out.set(key, entry)
  }
  return [...out.values()].sort((a, b) => b.value - a.value)
}

async function summarise(payload: Payload, req: PayloadRequest, project: Project): Promise<RoundSummary> {
  const asPerson = { overrideAccess: false, user: req.user, req, depth: 1, limit: 0, pagination: false } as const
  const own: Where = { project: { equals: project.id } }
  const all = async (collection: CollectionSlug, where: Where = own) =>
    (await payload.find({ collection, where, ...asPerson }).catch(() => ({ docs: [] as Doc[] }))).docs as Doc[]
  const [sessions, reports, cards, events, actions, survey, evaluations, nextRounds] = await Promise.all([
    all('sessions'),
    all('reports'),
    all('experience-cards'),
    all('decision-events'),
    all('actions'),
    all('feedback-responses'),
    all('evaluations'),
    all('projects', { previousRound: { equals: project.id } }),
  ])
  const status = (docs: Doc[], s: string) => docs.filter((d) => d.status === s).length
  const met = sessions.filter((s) => s.status === 'held' || s.status === 'reported')
  const themes = new Map<string, { theme: string; positive: number; negative: number }>()
  for (const c of cards) {
    const theme = typeof c.theme === 'object' && c.theme ? String(c.theme.name ?? c.theme.id) : String(c.theme ?? '')
    const row = themes.get(theme) ?? { theme, positive: 0, negative: 0 }
    row[c.tone as 'positive' | 'negative'] += 1
    themes.set(theme, row)
  }
  const now = Date.now()
  const soon = now + 30 * 24 * 3600 * 1000
  const planned = evaluations.filter((e) => e.status === 'planned')
  const effect = (field: string) =>
    EFFECTS.map((key) => ({ key, label: key, value: survey.filter((r) => r[field] === key).length }))
  return {
    project: {
      id: String(project.id),
      title: project.title,
      round: project.round,
      stage: project.stage,
      municipality:
        typeof project.municipality === 'object' && project.municipality
          ? String((project.municipality as Doc).name ?? '')
          : '',
    },
    sessions: {
      planned: status(sessions, 'planned'),
      held: status(sessions, 'held'),
      reported: status(sessions, 'reported'),
      cancelled: status(sessions, 'cancelled'),
      participants: met.reduce((sum, s) => sum + (s.participantCount ?? 0), 0),
    },
    participantsByLanguage: tally(
      met,
      (s) => idOf(s.language),
      (s) => s.participantCount ?? 0,
      (s) => String(s.language?.name ?? s.language?.code ?? ''),
    ),
    participantsByGroup: tally(
      met,
      (s) => s.populationGroup,
      (s) => s.participantCount ?? 0,
    ),
    reports: {
      draft: status(reports, 'draft'),
      submitted: status(reports, 'submitted'),
      returned: status(reports, 'returned'),
      approved: status(reports, 'approved'),
    },
    cards: {
      total: cards.length,
      selected: cards.filter((c) => c.selectedForEvent).length,
      byThemeAndTone: [...themes.values()],
    },
    events: events.map((e) => ({
      id: String(e.id),
      title: e.title,
      status: e.status,
      boardToken: e.boardToken,
      surveyToken: e.surveyToken,
    })),
    actions: {
      total: actions.length,
      done: status(actions, 'done'),
      public: actions.filter((a) => a.public).length,
      byStatus: ['planned', 'in-progress', 'done', 'dropped'].map((key) => ({
        key,
        label: key,
        value: status(actions, key),
      })),
    },
    survey: {
      answers: survey.length,
      dataCollectionEffect: effect('dataCollectionEffect'),
      eventEffect: effect('eventEffect'),
    },
    evaluations: {
      planned: planned.length,
      done: status(evaluations, 'done'),
      dueSoon: planned.filter((e) => new Date(e.dueDate).getTime() >= now && new Date(e.dueDate).getTime() <= soon)
        .length,
      overdue: planned.filter((e) => new Date(e.dueDate).getTime() < now).length,
    },
    nextRounds: nextRounds.map((p) => ({ id: String(p.id), round: p.round })),
  }
}

/**
 * Where one project stands, read as the signed-in person (a coordinator sees
 * their municipality's projects, an organizer their partnership's, nobody else
 * anything): counts for the three parts, the checklist of next steps, and the
 * previous round for comparison.
 */
export async function projectOverview(
  payload: Payload,
  req: PayloadRequest,
  projectId: string,
): Promise<ProjectOverview | null> {
  const asPerson = { overrideAccess: false, user: req.user, req, depth: 1 } as const
  const project = await payload
    .findByID({ collection: 'projects', id: projectId, disableErrors: true, ...asPerson })
    .catch(() => null)
  if (!project) return null
  const summary = await summarise(payload, req, project)
  const previousId = idOf(project.previousRound as string | null)
  const previousProject = previousId
    ? await payload
        .findByID({ collection: 'projects', id: previousId, disableErrors: true, ...asPerson })
        .catch(() => null)
    : null
  const s = summary
  const checklist = [
    { key: 'sessionsPlanned', done: s.sessions.planned + s.sessions.held + s.sessions.reported > 0 },
    { key: 'sessionsHeld', done: s.sessions.held + s.sessions.reported > 0 && s.sessions.planned === 0 },
    {
      key: 'reportsApproved',
      done: s.reports.approved > 0 && s.reports.draft + s.reports.submitted + s.reports.returned === 0,
    },
    { key: 'cardsWritten', done: s.cards.selected > 0 },
    { key: 'eventHeld', done: s.events.some((e) => e.status === 'closed') },
    { key: 'actionsAgreed', done: s.actions.total > 0 },
    { key: 'surveyAnswered', done: s.survey.answers > 0 },
    { key: 'evaluationsOnTime', done: s.evaluations.overdue === 0 && s.evaluations.planned + s.evaluations.done > 0 },
  ]
  return { ...summary, checklist, previous: previousProject ? await summarise(payload, req, previousProject) : null }
}
