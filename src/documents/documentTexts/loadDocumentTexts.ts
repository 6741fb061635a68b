import type { Payload } from 'payload'

import { type ReadAs, readOptions } from '../shared/access'
import defaults from './defaultTexts'

type Defaults = typeof defaults.texts.fi
export type DocumentTexts = { [G in keyof Defaults]: { [K in keyof Defaults[G]]: string } }

/**
 * The editable texts in one language. Empty fields fall back to the shipped
 * defaults of that language, then Finnish, so a document never has a blank
 * heading even before the global has been saved.
 */
export async function loadDocumentTexts(payload: Payload, locale: string, as: ReadAs): Promise<DocumentTexts> {
  const stored = (await payload.findGlobal({
    slug: 'document-texts' as never,
    locale: locale as never,
    fallbackLocale: false as never,
    depth: 0,
    ...readOptions(as),
  })) as unknown as Record<string, Record<string, string | null> | undefined>
  const own = (defaults.texts as Record<string, Partial<Defaults>>)[locale] ?? {}
  const result = {} as Record<string, Record<string, string>>
  for (const [group, fields] of Object.entries(defaults.texts.fi)) {
    result[group] = {}
    for (const key of Object.keys(fields)) {
      const value =
        stored?.[group]?.[key] ||
        (own as Record<string, Record<string, string>>)[group]?.[key] ||
        (fields as Record<string, string>)[key]
      result[group][key] = value
    }
  }
  return result as DocumentTexts
}
