import { acceptedLanguages } from './acceptedLanguages'
import { defaultLocale, isInterfaceLocale, materialLocaleCodes } from './locales'

/** The page written for residents in every material language (the `for-residents` page of the CMS). */
export const residentsPath = '/for-residents'

/** Tags browsers send for a material language under another code (ISO 639-3 for Northern Sami). */
const aliases: Record<string, string> = { sme: 'se' }

/**
 * Where `/` sends a visitor, from their browser's languages in the order it
 * wants them: an interface language (fi, sv, en) to its home page; a material
 * language the interface is not written in (Arabic, Somali, …) to the
 * residents' page in that language, the one page that speaks it; otherwise
 * the Finnish home page.
 */
export function landingPath(acceptLanguage: string | null | undefined): string {
  for (const wanted of acceptedLanguages(acceptLanguage)) {
    const code = aliases[wanted] ?? wanted
    if (isInterfaceLocale(code)) return `/${code}`
    if ((materialLocaleCodes as readonly string[]).includes(code)) return `/${code}${residentsPath}`
  }
  return `/${defaultLocale}`
}
