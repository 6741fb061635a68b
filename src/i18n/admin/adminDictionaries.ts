import enAdmin from '../../../locales/en/admin.json'
import fiAdmin from '../../../locales/fi/admin.json'
import svAdmin from '../../../locales/sv/admin.json'
import { type InterfaceLocale, interfaceLocales } from '../locales'

/** The admin speaks the portal's interface languages. */
export const adminLanguages = interfaceLocales
export type AdminLanguage = InterfaceLocale

type Section = Record<string, unknown>
export type AdminDictionary = Record<string, Section>

/** Our own admin labels (collections, fields, options, groups, descriptions) by language. */
export const adminDictionaries: Record<AdminLanguage, AdminDictionary> = {
  fi: fiAdmin as AdminDictionary,
  sv: svAdmin as AdminDictionary,
  en: enAdmin as AdminDictionary,
}

/** `fields.pages.title` → dictionary.fields['pages.title']: sections are flat so paths may contain dots. */
export function lookupAdminLabel(language: AdminLanguage, key: string | undefined): unknown {
  if (!key) return undefined
  const dot = key.indexOf('.')
  const section = adminDictionaries[language][key.slice(0, dot)]
  return section ? section[key.slice(dot + 1)] : undefined
}
