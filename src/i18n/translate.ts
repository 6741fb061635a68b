import i18next, { type i18n } from 'i18next'

import { adminDictionaries } from './admin/adminDictionaries'
import { defaultLocale, type InterfaceLocale, interfaceLocales, isInterfaceLocale } from './locales'
import { type Namespace, resources } from './resources'

/**
 * A message key: `errors.inUse` is read from locales/<lang>/admin.json, `event:errors.closed` from
 * locales/<lang>/event.json (i18next's own `namespace:key` notation).
 */
export type MessageKey = `errors.${string}` | `${Namespace | 'admin'}:${string}`

let instance: i18n | undefined

/**
 * One synchronous translator over every namespace, admin.json included, so an
 * error's sentence can be written while the error is built (constructors and
 * field validators cannot wait). Missing strings fall back to Finnish, then English.
 */
function translator(): i18n {
  if (instance) return instance
  const all = Object.fromEntries(
    interfaceLocales.map((lang) => [lang, { ...resources[lang], admin: adminDictionaries[lang] }]),
  )
  instance = i18next.createInstance()
  instance.init({
    lng: defaultLocale,
    fallbackLng: [defaultLocale, 'en'],
    ns: ['admin', ...Object.keys(resources.fi)],
    defaultNS: 'admin',
    resources: all as unknown as Record<string, Record<string, object>>,
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  })
  return instance
}

/** The sentence for `key` in `lang` (fi, sv or en; anything else reads Finnish). */
export function translate(lang: string, key: MessageKey, values: Record<string, unknown> = {}): string {
  const lng: InterfaceLocale = isInterfaceLocale(lang) ? lang : (defaultLocale as InterfaceLocale)
  return translator().t(key, { ...values, lng })
}
