import type { SanitizedConfig } from 'payload'

import type { TranslatableSource } from '../../translations/translatableSources'

const inLanguage = (label: unknown, lang: string, fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const l = label as Record<string, string>
    return l[lang] ?? l.fi ?? l.en ?? fallback
  }
  return fallback
}

/** "Discussion question", "Document texts": the kind of text, in the admin's language (labels from locales/<lang>/admin.json). */
export function entityLabel(config: SanitizedConfig, source: TranslatableSource, lang: string): string {
  if (source.kind === 'global')
    return inLanguage(config.globals.find((g) => g.slug === source.slug)?.label, lang, source.slug)
  return inLanguage(config.collections.find((c) => c.slug === source.slug)?.labels?.singular, lang, source.slug)
}
