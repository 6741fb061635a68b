import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { contentLocaleCodes, defaultLocale } from '../i18n/locales'
import { localizedTextPaths, valueAt } from './localizedTextPaths'

type Options = {
  /** Extra changes when the Finnish source moved on, e.g. a material's file versions. */
  alsoOutdate?: (doc: Record<string, unknown>) => Record<string, unknown> | undefined
}

/**
 * When a text's Finnish source changes, every other language that was reviewed
 * is no longer a translation of it: mark those `outdated`. Statuses of drafts and
 * missing translations already say they need work and are left alone.
 * The follow-up writes carry `context.translationTracking` so they do not trigger
 * this hook (or the review record) again.
 */
export const markTranslationsOutdated =
  (options: Options = {}): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req, context }) => {
    if (operation !== 'update' || req.locale !== defaultLocale || context?.translationTracking) return doc
    const paths = localizedTextPaths(collection.fields)
    const changed = paths.some(
      (path) => JSON.stringify(valueAt(doc, path) ?? null) !== JSON.stringify(valueAt(previousDoc, path) ?? null),
    )
    if (!changed) return doc

    const slug = collection.slug as CollectionSlug
    const draft = (doc as { _status?: string })._status === 'draft'
    const all = (await req.payload.findByID({
      collection: slug,
      id: doc.id,
      locale: 'all',
      depth: 0,
      draft,
      overrideAccess: true,
      req,
    })) as unknown as Record<string, unknown>
    const statuses = (all.translationStatus ?? {}) as Record<string, string | undefined>
    const ctx = { ...context, translationTracking: 'outdating' }

    for (const locale of contentLocaleCodes) {
      if (locale === defaultLocale || statuses[locale] !== 'reviewed') continue
      await req.payload.update({
        collection: slug,
        id: doc.id,
        locale,
        draft,
        data: { translationStatus: 'outdated' } as never,
        overrideAccess: true,
        context: ctx,
        req,
      })
    }
    const extra = options.alsoOutdate?.(doc as Record<string, unknown>)
    if (extra) {
      await req.payload.update({
        collection: slug,
        id: doc.id,
        locale: defaultLocale,
        draft,
        data: extra as never,
        overrideAccess: true,
        context: ctx,
        req,
      })
    }
    return doc
  }
