import type { Payload } from 'payload'

import { idOf } from '../access/roles'
import type { Municipality } from '../payload-types'
import type { MunicipalityActivity } from './publicPhase'

export type ActivityByMunicipality = Map<
  string,
  MunicipalityActivity & { projectIds: string[]; sessionLanguageIds: string[] }
>

/**
 * What the project data says about municipalities: their projects, held
 * sessions and their languages, closed events, keyed by municipality id. Sessions and events
 * are not public records, so they are read with access overridden and only
 * these aggregates leave this function.
 */
export async function loadMunicipalityActivity(
  payload: Payload,
  municipalities: Pick<Municipality, 'id' | 'decisionEventHeld'>[],
): Promise<ActivityByMunicipality> {
  const activity: ActivityByMunicipality = new Map(
    municipalities.map((m) => [
      String(m.id),
      { sessionsHeld: 0, eventHeld: Boolean(m.decisionEventHeld), projectIds: [], sessionLanguageIds: [] },
    ]),
  )
  if (!municipalities.length) return activity
  const all = { overrideAccess: true, depth: 0, limit: 0, pagination: false as const }
  const projects = await payload.find({
    collection: 'projects',
    where: { municipality: { in: municipalities.map((m) => m.id) } },
    ...all,
    select: { municipality: true },
  })
  const municipalityOf = new Map(projects.docs.map((p) => [String(p.id), String(idOf(p.municipality))]))
  for (const [project, municipality] of municipalityOf) activity.get(municipality)?.projectIds.push(project)
  if (!municipalityOf.size) return activity
  const projectIds = [...municipalityOf.keys()]
  const [sessions, events] = await Promise.all([
    payload.find({
      collection: 'sessions',
      where: { and: [{ project: { in: projectIds } }, { status: { in: ['held', 'reported'] } }] },
      ...all,
      select: { project: true, language: true },
    }),
    payload.find({
      collection: 'decision-events',
      where: { and: [{ project: { in: projectIds } }, { status: { equals: 'closed' } }] },
      ...all,
      select: { project: true },
    }),
  ])
  for (const s of sessions.docs) {
    const entry = activity.get(municipalityOf.get(String(idOf(s.project))) ?? '')
    if (!entry) continue
    entry.sessionsHeld++
    if (s.language) entry.sessionLanguageIds.push(String(idOf(s.language)))
  }
  for (const e of events.docs) {
    const entry = activity.get(municipalityOf.get(String(idOf(e.project))) ?? '')
    if (entry) entry.eventHeld = true
  }
  return activity
}
