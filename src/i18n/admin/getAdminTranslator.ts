import i18next, { type TFunction } from 'i18next'

import { type InterfaceLocale, isInterfaceLocale } from '../locales'
import { adminDictionaries } from './adminDictionaries'

const instances = new Map<string, Promise<TFunction>>()

/**
 * A translator over locales/<lang>/admin.json for our own admin screens and
 * endpoints (the translation overview, XLIFF messages). Keys are nested with
 * dots under `translations.`; the label sections of the same file are looked up
 * by localizeAdminLabels instead.
 */
export function getAdminTranslator(lang: string): Promise<TFunction> {
  const lng: InterfaceLocale = isInterfaceLocale(lang) ? lang : 'fi'
  let t = instances.get(lng)
  if (!t) {
    const instance = i18next.createInstance()
    t = instance
      .init({
        lng,
        ns: ['admin'],
        defaultNS: 'admin',
        fallbackLng: ['fi', 'en'],
        nsSeparator: false,
        resources: Object.fromEntries(Object.entries(adminDictionaries).map(([l, d]) => [l, { admin: d }])),
        interpolation: { escapeValue: false },
        initAsync: false,
      })
      .then(() => instance.getFixedT(lng, 'admin'))
    instances.set(lng, t)
  }
  return t
}
