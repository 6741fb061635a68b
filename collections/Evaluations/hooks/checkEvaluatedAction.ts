import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/access/roles'
import { FieldRefusal } from '../../../src/errors/FieldRefusal'

/** An evaluation can only assess an action of its own project. */
export const checkEvaluatedAction: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const actionId = idOf(merged.action)
  if (!actionId) return data
  const action = await req.payload
    .findByID({ collection: 'actions', id: actionId, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (!action || idOf(action.project as string) !== idOf(merged.project)) {
    throw new FieldRefusal(req, 'evaluations', { path: 'action', key: 'errors.evaluationActionOfOtherProject' })
  }
  return data
}
