import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { idOf } from '../../../src/access/roles'

/** An evaluation can only assess an action of its own project. */
export const checkEvaluatedAction: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const actionId = idOf(merged.action)
  if (!actionId) return data
  const action = await req.payload
    .findByID({ collection: 'actions', id: actionId, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (!action || idOf(action.project as string) !== idOf(merged.project)) {
    throw new ValidationError({
      collection: 'evaluations',
      errors: [{ path: 'action', message: 'Choose an action of this evaluation’s project.' }],
      req,
    })
  }
  return data
}
