import { directionOf } from '../../i18n/locales'

/** How one language is written in a generated document. */
export type Script = {
  /** The content locale code (fi, ar, se, ...). */
  code: string
  /** The tag Word and PowerPoint use for spell-checking and screen readers. */
  tag: string
  rtl: boolean
  /** Latin, Cyrillic, Vietnamese and Sami text. */
  font: string
  /** Complex-script (Arabic) text. */
  complexFont: string
}

// Office proofing tools want a language with its region.
const regionTags: Record<string, string> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
  ar: 'ar-SA',
  se: 'se-FI',
  so: 'so-SO',
  sw: 'sw-KE',
  uk: 'uk-UA',
  ru: 'ru-RU',
  vi: 'vi-VN',
  et: 'et-EE',
}

/**
 * Arial ships with Windows, macOS and Office and covers Latin (with Sami and
 * Vietnamese letters), Cyrillic and Arabic; LibreOffice substitutes the
 * metric-compatible Liberation Sans. A font the reader lacks would silently
 * turn into boxes, which is why no nicer but rarer font is named here.
 */
export function scriptOf(code: string): Script {
  return {
    code,
    tag: regionTags[code] ?? code,
    rtl: directionOf(code) === 'rtl',
    font: 'Arial',
    complexFont: 'Arial',
  }
}

/** A date (and time, when it has one) as people of that language write it, in Finnish time. */
export function formatDate(value: string | null | undefined, code: string, withTime = true): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(scriptOf(code).tag, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Helsinki',
  }).format(date)
}
