import i18next, { type TFunction } from 'i18next'

import { defaultLocale, isContentLocale } from './locales'
import { type Namespace, resources } from './resources'

const instances = new Map<string, Promise<TFunction>>()

/**
 * A translator for one language. Every content locale is accepted: the
 * material languages carry the navigation strings (so the residents' page
 * reads in the visitor's language); any string they lack falls back to
 * Finnish, then English. `textLanguage` tells which language a namespace is
 * really written in, so the page can mark the fallen-back part with `lang`.
 */
export function getTranslator(lang: string, ns: Namespace = 'common'): Promise<TFunction> {
  const lng = isContentLocale(lang) ? lang : defaultLocale
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

/** The language a namespace's strings come out in for `lang`: itself when translated, else Finnish. */
export function textLanguage(lang: string, ns: Namespace): string {
  const byLang = resources as unknown as Record<string, Record<string, unknown> | undefined>
  return isContentLocale(lang) && byLang[lang]?.[ns] ? lang : defaultLocale
}
