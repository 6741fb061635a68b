import type { Plugin } from 'payload'

import { translationReviewFields } from '../fields/translationStatus'
import { markGlobalTranslationsOutdated } from './markGlobalTranslationsOutdated'
import { recordGlobalTranslationReview } from './recordGlobalTranslationReview'

/**
 * Globals whose texts carry a localized translation status (the document texts)
 * get the same review record and out-of-date marking as the collections, without
 * their owners' files having to know about it.
 */
export const trackGlobalTranslationsPlugin: Plugin = (config) => {
  for (const global of config.globals ?? []) {
    const status = global.fields.find((f) => 'name' in f && f.name === 'translationStatus')
    if (!status || !('localized' in status && status.localized)) continue
    if (global.fields.some((f) => 'name' in f && f.name === 'reviewedBy')) continue
    global.fields.push(...translationReviewFields())
    global.hooks = {
      ...global.hooks,
      beforeChange: [...(global.hooks?.beforeChange ?? []), recordGlobalTranslationReview],
      afterChange: [...(global.hooks?.afterChange ?? []), markGlobalTranslationsOutdated],
    }
  }
  return config
}
