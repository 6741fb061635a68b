import { type InterfaceLocale, isInterfaceLocale } from '@/i18n/locales'

/** The language a form's messages and replies go out in: the page's own when the interface speaks it, else Finnish. */
export function formLanguage(lang: string): InterfaceLocale {
  return isInterfaceLocale(lang) ? lang : 'fi'
}
