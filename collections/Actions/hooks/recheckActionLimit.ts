import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../src/access/roles'
import { FieldRefusal } from '../../../src/errors/FieldRefusal'
import { MAX_ACTIONS_PER_EVENT } from './limitActionsPerEvent'

/**
 * limitActionsPerEvent counts before writing, so two people saving at the same
 * moment could both see three. Counting again after the write, inside the same
 * transaction, makes the later one fail and roll back. (On a database without
 * transactions the window shrinks to the time between write and count.)
 */
export const recheckActionLimit: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const eventId = idOf(doc.event)
  if (!eventId || (operation === 'update' && idOf(previousDoc?.event) === eventId)) return doc
  const { docs } = await req.payload.find({
    collection: 'actions',
    where: { event: { equals: eventId } },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  const place = docs.findIndex((d) => String(d.id) === String(doc.id))
  if (docs.length > MAX_ACTIONS_PER_EVENT && place >= MAX_ACTIONS_PER_EVENT) {
    if (!req.transactionID) await req.payload.delete({ collection: 'actions', id: doc.id, overrideAccess: true, req })
    throw new FieldRefusal(req, 'actions', {
      path: 'event',
      key: 'errors.actionLimitReached',
      values: { max: MAX_ACTIONS_PER_EVENT },
    })
  }
  return doc
}
