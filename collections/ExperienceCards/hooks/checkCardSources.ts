import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/access/roles'
import { type FieldProblem, FieldRefusal } from '../../../src/errors/FieldRefusal'

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
  const problems: FieldProblem[] = []

  const report = reportId ? await find('reports', reportId) : null
  if (reportId && !report) problems.push({ path: 'sourceReport', key: 'errors.sourceReportMissing' })
  let effectiveSession = sessionId
  if (report) {
    const reportSession = idOf((report as { session?: string }).session)
    if (sessionId && reportSession !== sessionId) {
      problems.push({ path: 'sourceReport', key: 'errors.sourceReportOfOtherSession' })
    }
    effectiveSession = effectiveSession ?? reportSession
    if (!sessionId && reportSession) data.sourceSession = reportSession
  }
  const session = effectiveSession ? await find('sessions', effectiveSession) : null
  if (effectiveSession && !session) problems.push({ path: 'sourceSession', key: 'errors.sourceSessionMissing' })
  if (session && project && idOf(session.project as string) !== project) {
    problems.push({ path: 'sourceSession', key: 'errors.sourceSessionOfOtherProject' })
  }
  if (problems.length) throw new FieldRefusal(req, 'experience-cards', problems)
  if (session && !merged.populationGroup)
    data.populationGroup = (session as { populationGroup?: string }).populationGroup
  return data
}
