import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '../../../src/access/roles'
import { FieldRefusal } from '../../../src/errors/FieldRefusal'

/**
 * Organizers write, submit and resubmit; only the municipality's coordinator
 * approves or returns. An approved report is what the cards quote, so an
 * organizer may no longer change it; a returned one needs the coordinator's
 * reason so the organizer knows what to fix.
 */
export const guardReviewStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const actor = actorOf(req)
  const next = data.status ?? originalDoc?.status
  if (actor?.role === 'organizer') {
    if (operation === 'update' && originalDoc?.status === 'approved') {
      throw new FieldRefusal(req, 'reports', { path: 'status', key: 'errors.reportApprovedLocked' })
    }
    if ((next === 'approved' || next === 'returned') && next !== originalDoc?.status) {
      throw new FieldRefusal(req, 'reports', { path: 'status', key: 'errors.onlyCoordinatorReviews' })
    }
  }
  if (
    next === 'returned' &&
    originalDoc?.status !== 'returned' &&
    !String(data.reviewComment ?? originalDoc?.reviewComment ?? '').trim()
  ) {
    throw new FieldRefusal(req, 'reports', { path: 'reviewComment', key: 'errors.returnNeedsComment' })
  }
  return data
}
