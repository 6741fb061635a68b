import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/access/roles'
import { FieldRefusal } from '../../../src/errors/FieldRefusal'

export const MAX_ACTIONS_PER_EVENT = 4

/**
 * The toolkit's action programme is deliberately short: 1–4 actions that the
 * organisations present can carry out. A fifth is refused. Also sets the
 * action's project from its event.
 */
export const limitActionsPerEvent: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  const eventId = idOf(data.event ?? originalDoc?.event)
  if (!eventId) return data
  const event = await req.payload
    .findByID({ collection: 'decision-events', id: eventId, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (!event) {
    throw new FieldRefusal(req, 'actions', { path: 'event', key: 'errors.eventMissing' })
  }
  data.project = idOf(event.project as string)
  const movingIn = operation === 'create' || idOf(originalDoc?.event) !== eventId
  if (!movingIn) return data
  const { totalDocs } = await req.payload.count({
    collection: 'actions',
    where: { event: { equals: eventId } },
    overrideAccess: true,
    req,
  })
  if (totalDocs >= MAX_ACTIONS_PER_EVENT) {
    throw new FieldRefusal(req, 'actions', {
      path: 'event',
      key: 'errors.actionLimit',
      values: { max: MAX_ACTIONS_PER_EVENT, count: totalDocs },
    })
  }
  return data
}
