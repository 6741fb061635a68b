import type { CollectionSlug, Where } from 'payload'

import { type ContentLocaleCode, defaultLocale } from '../../i18n/locales'
import { count, type SeedContext } from './context'

/** Field values per content locale; each locale is written with its own `locale` call. */
export type LocalizedData = Partial<Record<ContentLocaleCode, Record<string, unknown>>>

export type EnsureDocOptions = {
  collection: CollectionSlug
  /** The natural key: how the record is recognised on the next run. */
  where: Where
  /** Fields that are not localized. Written only when the record is created, so editors' later changes survive reseeding. */
  data: Record<string, unknown>
  /** Nested objects are followed, so a localized field inside a group is checked and written on its own. */
  localized?: LocalizedData
  /** For collections with drafts: write as published, so the public sees the record. */
  publish?: boolean
}

const isBlank = (value: unknown) => value === undefined || value === null || value === ''

function at(doc: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      doc,
    )
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>
  node[keys[keys.length - 1]] = value
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v) && !('root' in (v as object))

/** Localized fields inside groups (e.g. a grid's axis labels) join the group's other fields instead of replacing them. */
function merge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base }
  for (const [key, value] of Object.entries(extra)) {
    out[key] =
      isPlainObject(value) && isPlainObject(out[key]) ? merge(out[key] as Record<string, unknown>, value) : value
  }
  return out
}

function leafPaths(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) =>
    isPlainObject(v) ? leafPaths(v as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

export type EnsuredDoc = { id: string; created: boolean }

/**
 * Finds a record by its natural key and creates it when it is missing; for an
 * existing record, writes only the locales that are still empty (a run that
 * stopped half-way is completed, nothing an editor wrote is overwritten).
 * Reads with `locale: 'all'` so the check sees every locale without fallback,
 * on SQLite and MongoDB alike.
 */
export async function ensureDoc(ctx: SeedContext, options: EnsureDocOptions): Promise<EnsuredDoc> {
  const { payload } = ctx
  const { collection, where, data, localized = {}, publish } = options
  const status = publish ? { _status: 'published' } : {}

  const found = await payload.find({ collection, where, limit: 1, depth: 0, locale: 'all', overrideAccess: true })
  const existing = found.docs[0] as unknown as Record<string, unknown> | undefined
  let id: string
  if (existing) {
    id = String(existing.id)
  } else {
    const created = await payload.create({
      collection,
      locale: defaultLocale,
      data: { ...merge(data, localized[defaultLocale] ?? {}), ...status } as never,
      overrideAccess: true,
      depth: 0,
    })
    id = String(created.id)
    count(ctx, collection, 'created')
  }

  let completed = false
  for (const [locale, values] of Object.entries(localized) as [ContentLocaleCode, Record<string, unknown>][]) {
    if (!existing && locale === defaultLocale) continue
    const paths = leafPaths(values)
    // A record created just now has only the default locale; no need to read it back to know that.
    const missing = existing
      ? paths.filter((path) => isBlank((at(existing, path) as Record<string, unknown> | undefined)?.[locale]))
      : paths
    if (missing.length === 0) continue
    const onlyMissing: Record<string, unknown> = {}
    for (const path of missing) setAt(onlyMissing, path, at(values, path))
    await payload.update({
      collection,
      id,
      locale,
      data: { ...onlyMissing, ...status } as never,
      overrideAccess: true,
      depth: 0,
    })
    completed = true
  }
  if (existing && completed) count(ctx, collection, 'updated')
  return { id, created: !existing }
}
