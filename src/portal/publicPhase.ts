import type { Municipality } from '../payload-types'

/** The programme phases an editor records, and `active` for a round run in this portal. */
export const publicPhases = ['pilot', 'continuation', 'active', 'none'] as const
export type PublicPhase = (typeof publicPhases)[number]

export type MunicipalityActivity = {
  /** Sessions of the municipality's projects that were held (or reported). */
  sessionsHeld: number
  /** A decision-maker event of its projects has closed, or the editor recorded one. */
  eventHeld: boolean
}

/**
 * The phase the public sees. The editor's pilot and continuation stand: they
 * record rounds before this portal, which its data cannot know. "Not yet
 * taken part" gives way to the data: a municipality with held sessions or a
 * held event is taking part, so its page never says both. Every view that
 * shows or filters by phase (list, profile, chart, home page) asks this.
 */
export function publicPhase(municipality: Pick<Municipality, 'phase'>, activity: MunicipalityActivity): PublicPhase {
  if (municipality.phase !== 'none') return municipality.phase
  return activity.sessionsHeld > 0 || activity.eventHeld ? 'active' : 'none'
}

export function isPublicPhase(value: string | undefined): value is PublicPhase {
  return (publicPhases as readonly string[]).includes(value ?? '')
}
