import type { GlobalBeforeChangeHook } from 'payload'

/**
 * recordTranslationReview for a global. A global's update reads its previous
 * values with locale fallback, so a language saved for the first time would
 * inherit Finnish's status and reviewer; read this language's own values instead.
 */
export const recordGlobalTranslationReview: GlobalBeforeChangeHook = async ({ data, global, req, context }) => {
  if (context?.translationTracking === 'outdating' || !req.locale || req.locale === 'all') return data
  const own = (await req.payload.findGlobal({
    slug: global.slug as never,
    locale: req.locale as never,
    fallbackLocale: false as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as {
    translationStatus?: string | null
    reviewedBy?: unknown
    reviewedAt?: string | null
  }
  if (data.translationStatus === 'reviewed' && own.translationStatus !== 'reviewed') {
    data.reviewedBy = req.user?.collection === 'users' ? req.user.id : null
    data.reviewedAt = new Date().toISOString()
  } else {
    const reviewer = own.reviewedBy
    data.reviewedBy = reviewer && typeof reviewer === 'object' ? (reviewer as { id: unknown }).id : (reviewer ?? null)
    data.reviewedAt = own.reviewedAt ?? null
  }
  return data
}
