import type { CollectionConfig, Field, GlobalConfig, Plugin } from 'payload'

import { translationReviewFields } from '../fields/translationStatus'
import { markGlobalTranslationsOutdated } from './markGlobalTranslationsOutdated'
import { markTranslationsOutdated } from './markTranslationsOutdated'
import { recordGlobalTranslationReview } from './recordGlobalTranslationReview'
import { recordTranslationReview } from './recordTranslationReview'

/** What a collection may add when its Finnish source changes, e.g. a material's file versions (`custom.alsoOutdate`). */
export type TranslationTrackingOptions = {
  alsoOutdate?: (doc: Record<string, unknown>) => Record<string, unknown> | undefined
}

/** The localized translation status a text carries, and whether the review record is already there. */
function statusFieldOf(fields: Field[]): { at: number; hasReview: boolean } | null {
  const at = fields.findIndex((f) => 'name' in f && f.name === 'translationStatus')
  if (at < 0) return null
  const status = fields[at]
  if (!('localized' in status && status.localized)) return null
  return { at, hasReview: fields.some((f) => 'name' in f && f.name === 'reviewedBy') }
}

/**
 * The one translation-tracking mechanism: every collection and global whose
 * texts carry a localized `translationStatus` gets the review record (who
 * reviewed, when) beside the status, records it on save, and marks the
 * reviewed languages out of date when the Finnish source changes. The
 * collections and globals only declare the status field.
 */
export const trackTranslationsPlugin: Plugin = (config) => {
  const track = (entity: CollectionConfig | GlobalConfig, kind: 'collection' | 'global') => {
    const status = statusFieldOf(entity.fields)
    if (!status) return
    if (!status.hasReview) entity.fields.splice(status.at + 1, 0, ...translationReviewFields())
    const hooks = (entity.hooks ?? {}) as Record<string, unknown[] | undefined>
    const options = (entity.custom?.translationTracking ?? {}) as TranslationTrackingOptions
    const [record, outdate] =
      kind === 'collection'
        ? [recordTranslationReview, markTranslationsOutdated(options)]
        : [recordGlobalTranslationReview, markGlobalTranslationsOutdated]
    entity.hooks = {
      ...entity.hooks,
      // First, so the other hooks see the review record and run after the outdating.
      beforeChange: [record, ...(hooks.beforeChange ?? [])],
      afterChange: [outdate, ...(hooks.afterChange ?? [])],
    } as typeof entity.hooks
  }
  for (const collection of config.collections ?? []) track(collection, 'collection')
  for (const global of config.globals ?? []) track(global, 'global')
  return config
}
