import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { actorOf } from '../../../src/access/roles'

export const APPROVED_REPORT_LOCKED =
  'This report has been approved and can no longer be changed. Ask the coordinator to return it if something must be corrected.'

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
      throw new ValidationError({
        collection: 'reports',
        errors: [{ path: 'status', message: APPROVED_REPORT_LOCKED }],
        req,
      })
    }
    if ((next === 'approved' || next === 'returned') && next !== originalDoc?.status) {
      throw new ValidationError({
        collection: 'reports',
        errors: [{ path: 'status', message: 'Only the coordinator can approve a report or return it.' }],
        req,
      })
    }
  }
  if (
    next === 'returned' &&
    originalDoc?.status !== 'returned' &&
    !String(data.reviewComment ?? originalDoc?.reviewComment ?? '').trim()
  ) {
    throw new ValidationError({
      collection: 'reports',
      errors: [
        {
          path: 'reviewComment',
          message: 'Write a comment that tells the organizer what to change before returning the report.',
        },
      ],
      req,
    })
  }
  return data
}
