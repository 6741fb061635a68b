import { interfaceLocales } from '../../i18n/locales'
import type { LocalizedData } from './ensureDoc'

/** The portal's own languages were written and checked by the team; the others are draft translations until a native speaker reviews them. */
const reviewedLocales = new Set<string>(interfaceLocales)

export function withTranslationStatuses(localized: LocalizedData): LocalizedData {
  return Object.fromEntries(
    Object.entries(localized).map(([locale, fields]) => [
      locale,
      { ...fields, translationStatus: reviewedLocales.has(locale) ? 'reviewed' : 'draft' },
    ]),
  ) as LocalizedData
}
