import type { CollectionSlug, Payload, Where } from 'payload'

import { defaultLocale } from '../i18n/locales'

export type FallbackRead<T> = {
  docs: T[]
  /** Per document id, the localized fields that were empty in the asked language and came from Finnish. */
  fellBack: Map<string, Set<string>>
}

export type ReadWithFallbackOptions = {
  collection: CollectionSlug
  where?: Where
  lang: string
  /** The localized fields whose fallback the visitor must be told about. */
  localizedFields: string[]
  sort?: string
  limit?: number
  depth?: number
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && !value.trim()) ||
  (typeof value === 'object' && !Object.keys(value as object).length)

/**
 * Reads public documents in the visitor's language with Finnish as fallback,
 * then reads the same documents once more without fallback to learn which
 * fields were really Finnish: the page marks those with `lang="fi"` and says so.
 * Always as the public: `overrideAccess: false` and no user.
 */
export async function readWithFallback<T extends { id: string | number }>(
  payload: Payload,
  options: ReadWithFallbackOptions,
): Promise<FallbackRead<T>> {
  const { collection, where, lang, localizedFields, sort, limit = 500, depth = 1 } = options
  const result = await payload.find({
    collection,
    where,
    sort,
    limit,
    depth,
    locale: lang as 'fi',
    fallbackLocale: defaultLocale as 'fi',
    overrideAccess: false,
    pagination: false,
  })
  const docs = result.docs as unknown as T[]
  const fellBack = new Map<string, Set<string>>()
  if (lang === defaultLocale || !docs.length) return { docs, fellBack }
  const raw = await payload.find({
    collection,
    where: { id: { in: docs.map((d) => d.id) } },
    limit: docs.length,
    depth: 0,
    locale: lang as 'fi',
    fallbackLocale: false,
    overrideAccess: false,
    pagination: false,
    select: Object.fromEntries(localizedFields.map((f) => [f, true])),
  })
  for (const doc of raw.docs as unknown as Record<string, unknown>[]) {
    const missing = new Set(localizedFields.filter((f) => isEmpty(doc[f])))
    if (missing.size) fellBack.set(String(doc.id), missing)
  }
  return { docs, fellBack }
}
