import type { Payload } from 'payload'

import { idOf } from '../../access/roles'

/** Counts below this are withheld so no small group can be recognised. */
export const SMALLEST_SHOWN = 5

/** A count as shown nationally: the number, or null when it is 1–4. */
export const shown = (n: number): number | null => (n > 0 && n < SMALLEST_SHOWN ? null : n)

export type MunicipalityProgress = {
  municipality: string
  projects: number
  stage: string
  sessionsHeld: number | null
  participants: number | null
  cards: number | null
  actions: number | null
  actionsDone: number | null
}
export type NationalOverview = {
  municipalities: MunicipalityProgress[]
  themes: { theme: string; positive: number | null; negative: number | null }[]
}

const STAGES = ['planning', 'sessions', 'event', 'monitoring', 'closed']

// Rows of four collections read side by side; each is narrowed where it is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>

/**
 * All municipalities' progress and the themes that come up, for admins.
 * Aggregated per municipality, example projects left out, every count under 5 withheld.
 */
export async function nationalOverview(payload: Payload, locale = 'fi'): Promise<NationalOverview> {
  const all = async (collection: 'projects' | 'sessions' | 'experience-cards' | 'actions', depth = 0) =>
    (
      await payload.find({
        collection,
        depth,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        locale: locale as 'fi',
      })
    ).docs as Row[]
  const [projects, sessions, cards, actions] = await Promise.all([
    all('projects', 1),
    all('sessions'),
    all('experience-cards', 1),
    all('actions'),
  ])
  const real = projects.filter((p) => !p.isExample)
  const municipalityOf = new Map(real.map((p) => [String(p.id), p.municipality?.name ?? String(idOf(p.municipality))]))
  const rows = new Map<
    string,
    {
      projects: number
      stage: number
      sessionsHeld: number
      participants: number
      cards: number
      actions: number
      actionsDone: number
    }
  >()
  const row = (name: string) => {
    const r = rows.get(name) ?? {
      projects: 0,
      stage: 0,
      sessionsHeld: 0,
      participants: 0,
      cards: 0,
      actions: 0,
      actionsDone: 0,
    }
    rows.set(name, r)
    return r
  }
  for (const p of real) {
    const r = row(municipalityOf.get(String(p.id)) as string)
    r.projects += 1
    r.stage = Math.max(r.stage, STAGES.indexOf(p.stage))
  }
  const themes = new Map<string, { positive: number; negative: number }>()
  for (const s of sessions) {
    const m = municipalityOf.get(String(idOf(s.project)))
    if (!m || !(s.status === 'held' || s.status === 'reported')) continue
    row(m).sessionsHeld += 1
    row(m).participants += s.participantCount ?? 0
  }
  for (const c of cards) {
    const m = municipalityOf.get(String(idOf(c.project)))
    if (!m) continue
    row(m).cards += 1
    const theme = String(c.theme?.name ?? idOf(c.theme))
    const t = themes.get(theme) ?? { positive: 0, negative: 0 }
    t[c.tone as 'positive' | 'negative'] += 1
    themes.set(theme, t)
  }
  for (const a of actions) {
    const m = municipalityOf.get(String(idOf(a.project)))
    if (!m) continue
    row(m).actions += 1
    if (a.status === 'done') row(m).actionsDone += 1
  }
  return {
    municipalities: [...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'fi'))
      .map(([municipality, r]) => ({
        municipality,
        projects: r.projects,
        stage: STAGES[r.stage],
        sessionsHeld: shown(r.sessionsHeld),
        participants: shown(r.participants),
        cards: shown(r.cards),
        actions: shown(r.actions),
        actionsDone: shown(r.actionsDone),
      })),
    themes: [...themes.entries()]
      .map(([theme, t]) => ({ theme, positive: shown(t.positive), negative: shown(t.negative) }))
      .sort((a, b) => (b.positive ?? 0) + (b.negative ?? 0) - ((a.positive ?? 0) + (a.negative ?? 0))),
  }
}
