import type { Payload } from 'payload'

import type { TranslationSettingsValue } from './isTranslationVisible'

/** The public translation settings, read as the public would (the global is readable by anyone). */
export async function loadTranslationSettings(payload: Payload): Promise<TranslationSettingsValue> {
  const settings = await payload.findGlobal({ slug: 'translation-settings' as never, depth: 0, overrideAccess: false })
  return { publishDraftTranslations: (settings as TranslationSettingsValue).publishDraftTranslations !== false }
}
