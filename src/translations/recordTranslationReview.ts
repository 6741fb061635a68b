import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Saving a language version as reviewed records who reviewed it and when; the
 * admin shows both read-only. Runs per locale: Payload hands the hook the
 * locale being saved, so another language's review record is untouched.
 */
export const recordTranslationReview: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  if (context?.translationTracking === 'outdating') return data
  const wasReviewed = (originalDoc as { translationStatus?: unknown } | undefined)?.translationStatus === 'reviewed'
  if (data?.translationStatus === 'reviewed' && !wasReviewed) {
    data.reviewedBy = req.user?.collection === 'users' ? req.user.id : null
    data.reviewedAt = new Date().toISOString()
  }
  return data
}
