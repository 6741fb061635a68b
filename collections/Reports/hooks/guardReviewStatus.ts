import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { actorOf } from '../../../src/access/roles'

/** Organizers write and submit; only the municipality's coordinator approves or returns. */
export const guardReviewStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const actor = actorOf(req)
  if (actor?.role !== 'organizer') return data
  const next = data.status
  if ((next === 'approved' || next === 'returned') && next !== originalDoc?.status) {
    throw new ValidationError({
      collection: 'reports',
      errors: [{ path: 'status', message: 'Only the coordinator can approve a report or return it.' }],
      req,
    })
  }
  return data
}
