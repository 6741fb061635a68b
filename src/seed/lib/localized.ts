import type { ContentLocaleCode } from '../../i18n/locales'
import type { LocalizedData } from './ensureDoc'

/** Texts per locale as the JSON files hold them. */
export type Texts = Partial<Record<ContentLocaleCode, string>>

/**
 * Turns `{ name: { fi, sv }, description: { fi } }` into the per-locale shape
 * ensureDoc writes: `{ fi: { name, description }, sv: { name } }`.
 */
export function byLocale(fields: Record<string, Texts | undefined>): LocalizedData {
  const out: LocalizedData = {}
  for (const [field, texts] of Object.entries(fields)) {
    for (const [locale, text] of Object.entries(texts ?? {}) as [ContentLocaleCode, string][]) {
      if (!text) continue
      ;(out[locale] ??= {})[field] = text
    }
  }
  return out
}
