import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { idOf } from '../../../src/access/roles'

/**
 * A card's sources must come from the card's own project, and its report from
 * its session; otherwise one municipality's experiences could surface in
 * another's event.
 */
export const checkCardSources: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const project = idOf(merged.project)
  const sessionId = idOf(merged.sourceSession)
  const reportId = idOf(merged.sourceReport)
  const find = (collection: 'sessions' | 'reports', id: string) =>
    req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req, disableErrors: true }).catch(() => null)
  const errors: { path: string; message: string }[] = []

  const report = reportId ? await find('reports', reportId) : null
  if (reportId && !report) errors.push({ path: 'sourceReport', message: 'The source report does not exist.' })
  let effectiveSession = sessionId
  if (report) {
    const reportSession = idOf((report as { session?: string }).session)
    if (sessionId && reportSession !== sessionId) {
      errors.push({ path: 'sourceReport', message: 'The source report is not a report of the source session.' })
    }
    effectiveSession = effectiveSession ?? reportSession
    if (!sessionId && reportSession) data.sourceSession = reportSession
  }
  const session = effectiveSession ? await find('sessions', effectiveSession) : null
  if (effectiveSession && !session)
    errors.push({ path: 'sourceSession', message: 'The source session does not exist.' })
  if (session && project && idOf(session.project as string) !== project) {
    errors.push({ path: 'sourceSession', message: 'The source session belongs to another project than this card.' })
  }
  if (errors.length) throw new ValidationError({ collection: 'experience-cards', errors, req })
  if (session && !merged.populationGroup)
    data.populationGroup = (session as { populationGroup?: string }).populationGroup
  return data
}
