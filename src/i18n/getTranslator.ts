import i18next, { type TFunction } from 'i18next'

import { defaultLocale, type InterfaceLocale, isInterfaceLocale } from './locales'
import { type Namespace, resources } from './resources'

const instances = new Map<string, Promise<TFunction>>()

/**
 * A translator for one interface language. Languages without an interface
 * translation (the material languages) fall back to Finnish, then English.
 */
export function getTranslator(lang: string, ns: Namespace = 'common'): Promise<TFunction> {
  const lng: InterfaceLocale = isInterfaceLocale(lang) ? lang : (defaultLocale as InterfaceLocale)
  const key = `${lng}:${ns}`
  let t = instances.get(key)
  if (!t) {
    const instance = i18next.createInstance()
    t = instance
      .init({
        lng,
        ns: [ns],
        defaultNS: ns,
        fallbackLng: ['fi', 'en'],
        resources: resources as unknown as Record<string, Record<string, object>>,
        interpolation: { escapeValue: false },
        initAsync: false,
      })
      .then(() => instance.getFixedT(lng, ns))
    instances.set(key, t)
  }
  return t
}
