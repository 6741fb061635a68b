import type { Payload } from 'payload'

import defaults from './defaultTexts'

/**
 * Writes the shipped texts of the generated documents into the document-texts
 * global, language by language, leaving any language an editor has already
 * saved alone. Returns whether anything was written.
 */
export async function seedDocumentTexts(payload: Payload): Promise<boolean> {
  let wrote = false
  for (const [locale, texts] of Object.entries(defaults.texts)) {
    const current = (await payload.findGlobal({
      slug: 'document-texts' as never,
      locale: locale as never,
      fallbackLocale: false as never,
      depth: 0,
      overrideAccess: true,
    })) as {
      invitation?: { title?: string | null }
      scribeForm?: { title?: string | null }
    }
    if (current?.invitation?.title || current?.scribeForm?.title) continue
    await payload.updateGlobal({
      slug: 'document-texts' as never,
      locale: locale as never,
      data: { ...texts, translationStatus: (defaults.status as Record<string, string>)[locale] ?? 'draft' } as never,
      overrideAccess: true,
      context: { skipLibraryRegeneration: true },
    })
    wrote = true
  }
  return wrote
}
