import type { CollectionConfig, GlobalConfig } from 'payload'

import { contentLocales } from '../locales'
import { type AdminLanguage, adminLanguages, lookupAdminLabel } from './adminDictionaries'
import { walkAdminLabels } from './walkAdminLabels'

/** What Payload would show for an unlabelled field: `facilitatorNote` → `Facilitator Note`. */
const toWords = (name: string) =>
  name
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())

const isLanguageName = (value: string | undefined, label: string) => {
  const locale = contentLocales.find((l) => l.code === value)
  return Boolean(locale && label.toLowerCase().includes(locale.nativeName.toLowerCase()))
}

const asText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined)

/** The English label the collection file already had, kept as `en` when the dictionary has none. */
const existingEnglish = (current: unknown): string | undefined =>
  asText(current) ??
  (current && typeof current === 'object' ? asText((current as Record<string, unknown>).en) : undefined)

function perLanguage(pick: (language: AdminLanguage) => string | undefined): Record<string, string> | undefined {
  const out: Record<string, string> = {}
  for (const language of adminLanguages) {
    const text = pick(language)
    if (text) out[language] = text
  }
  return Object.keys(out).length ? out : undefined
}

/**
 * Gives every collection, global, field, option, array, group and tab a label in
 * Finnish, Swedish and English from locales/<lang>/admin.json, without each
 * collection file having to know about it. Runs on the assembled arrays in
 * payload.config.ts, so capability modules' collections are labelled too.
 * Looks up the field's own key (`<slug>.<path>`), then a shared text by field
 * name; English falls back to the label already in the config.
 */
export function localizeAdminLabels<C extends CollectionConfig[], G extends GlobalConfig[]>(
  collections: C,
  globals: G,
): { collections: C; globals: G } {
  walkAdminLabels(collections, globals, (target) => {
    if (target.kind === 'collection') {
      const current = (target.current ?? {}) as { singular?: unknown; plural?: unknown }
      const pick = (part: 'singular' | 'plural') =>
        perLanguage((language) => {
          const entry = lookupAdminLabel(language, target.key) as { singular?: string; plural?: string } | undefined
          return (
            asText(entry?.[part]) ??
            (language === 'en' ? (existingEnglish(current[part]) ?? toWords(target.slug)) : undefined)
          )
        })
      const singular = pick('singular')
      const plural = pick('plural')
      if (singular && plural) target.apply({ singular, plural })
      return
    }
    if (target.kind === 'rows') {
      const current = (target.current ?? {}) as { singular?: unknown; plural?: unknown }
      const entries = Object.fromEntries(
        adminLanguages.map((l) => [
          l,
          lookupAdminLabel(l, target.key) as { singular?: string; plural?: string } | undefined,
        ]),
      )
      if (!entries.fi && !entries.sv) return
      const part = (p: 'singular' | 'plural') =>
        perLanguage((l) => asText(entries[l]?.[p]) ?? (l === 'en' ? existingEnglish(current[p]) : undefined))
      target.apply({ singular: part('singular'), plural: part('plural') })
      return
    }
    if (typeof target.current === 'function') return
    const english =
      existingEnglish(target.current) ??
      (target.name && target.kind !== 'description' ? toWords(target.name) : undefined)
    if (target.kind === 'option' && english && isLanguageName(target.name, english)) {
      // A language's name in itself reads the same in every admin language.
      target.apply({ fi: english, sv: english, en: english })
      return
    }
    // Descriptions repeat (privacy notes, slugs), so they are also found by their English text.
    const fallbackKeys =
      target.kind === 'description' && english ? [`descriptionTexts.${english}`] : (target.fallbackKeys ?? [])
    const label = perLanguage((language) => {
      for (const key of [target.key, ...fallbackKeys]) {
        const text = asText(lookupAdminLabel(language, key))
        if (text) return text
      }
      return language === 'en' ? english : undefined
    })
    // Descriptions and groups without a translation stay as they were rather than becoming English-only objects.
    if (!label || ((target.kind === 'description' || target.kind === 'group') && !label.fi)) return
    target.apply(label)
  })
  return { collections, globals }
}
