import { acceptedLanguages } from './acceptedLanguages'
import { defaultLocale, type InterfaceLocale, isInterfaceLocale } from './locales'

/** The best interface language for an Accept-Language header, by its q-values. */
export function pickLanguage(header: string | null | undefined): InterfaceLocale {
  return acceptedLanguages(header).find(isInterfaceLocale) ?? (defaultLocale as InterfaceLocale)
}
