/**
 * The one list of languages. payload.config.ts, i18next, the sitemap and the
 * document generators all read it, so a language is added in one place.
 */
export type Direction = 'ltr' | 'rtl'

export type ContentLocale = {
  code: string
  /** The language's name in itself, for switchers and `lang` fragments. */
  nativeName: string
  direction: Direction
  /** One of the ten languages the material library is published in. */
  material: boolean
}

export const contentLocales = [
  { code: 'fi', nativeName: 'suomi', direction: 'ltr', material: true },
  { code: 'sv', nativeName: 'svenska', direction: 'ltr', material: false },
  { code: 'en', nativeName: 'English', direction: 'ltr', material: true },
  { code: 'ar', nativeName: 'العربية', direction: 'rtl', material: true },
  { code: 'se', nativeName: 'davvisámegiella', direction: 'ltr', material: true },
  { code: 'so', nativeName: 'Soomaali', direction: 'ltr', material: true },
  { code: 'sw', nativeName: 'Kiswahili', direction: 'ltr', material: true },
  { code: 'uk', nativeName: 'українська', direction: 'ltr', material: true },
  { code: 'ru', nativeName: 'русский', direction: 'ltr', material: true },
  { code: 'vi', nativeName: 'Tiếng Việt', direction: 'ltr', material: true },
  { code: 'et', nativeName: 'eesti', direction: 'ltr', material: true },
] as const satisfies readonly ContentLocale[]

export type ContentLocaleCode = (typeof contentLocales)[number]['code']

export const defaultLocale: ContentLocaleCode = 'fi'

export const contentLocaleCodes = contentLocales.map((l) => l.code) as ContentLocaleCode[]

/** The ten languages of the material library, in the order the source page lists them. */
export const materialLocaleCodes = ['fi', 'ar', 'en', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et'] as const

/** Languages the portal's own interface (menus, buttons, forms) is written in. */
export const interfaceLocales = ['fi', 'sv', 'en'] as const
export type InterfaceLocale = (typeof interfaceLocales)[number]

const rtlCodes = new Set(['ar', 'fa', 'prs', 'he', 'ur', 'ps', 'ckb'])

/** Text direction for any BCP 47 tag, including languages not in the content list (Farsi, Dari). */
export function directionOf(code: string): Direction {
  return rtlCodes.has(code.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr'
}

/** A content language's name in itself ('suomi', 'العربية'); the code for one not in the list. */
export function nativeNameOf(code: string): string {
  return contentLocales.find((l) => l.code === code)?.nativeName ?? code
}

export function isContentLocale(code: string): code is ContentLocaleCode {
  return (contentLocaleCodes as string[]).includes(code)
}

export function isInterfaceLocale(code: string): code is InterfaceLocale {
  return (interfaceLocales as readonly string[]).includes(code)
}
