import type { Payload, PayloadRequest } from 'payload'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/

/** The same value however an adapter wrote it: dates as ISO strings, no empty keys. */
function normal(value: unknown): Json | undefined {
  if (value === null || value === undefined) return undefined
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string') return isoDate.test(value) ? new Date(value).toISOString() : value
  if (Array.isArray(value)) return value.map((v) => normal(v) ?? null)
  if (typeof value === 'object') {
    const out: Record<string, Json> = {}
    for (const key of Object.keys(value).sort()) {
      const v = normal((value as Record<string, unknown>)[key])
      if (v !== undefined) out[key] = v
    }
    return out
  }
  return value as Json
}

/**
 * Every record of every collection and global (every locale), and every
 * version (without its own id, which a transfer does not keep), as the
 * database adapter returns them, in a form two adapters can be compared in.
 */
export async function dumpSite(payload: Payload): Promise<Record<string, Json>> {
  const req = { payload, locale: 'all' } as unknown as PayloadRequest
  const out: Record<string, Json> = {}
  for (const collection of payload.config.collections) {
    if (['payload-migrations', 'payload-locked-documents'].includes(collection.slug)) continue
    const { docs } = await payload.db.find({
      collection: collection.slug,
      limit: 0,
      pagination: false,
      locale: 'all',
      joins: false as never, // records only: join fields are other records' references
      sort: 'id',
      req,
    })
    out[collection.slug] = normal(docs) ?? []
    if (collection.versions) {
      const versions = await payload.db.findVersions({
        collection: collection.slug,
        limit: 0,
        pagination: false,
        locale: 'all',
        sort: 'updatedAt',
        req,
      })
      out[`${collection.slug} versions`] = normal(versions.docs.map(({ id: _id, ...rest }) => rest)) ?? []
    }
  }
  for (const global of payload.config.globals) {
    // A global's row id is the database's own: nothing refers to it, and a transfer does not keep it.
    const { id: _id, ...data } = await payload.db.findGlobal({ slug: global.slug, locale: 'all', req })
    out[`global ${global.slug}`] = normal(data) ?? {}
    if (global.versions) {
      const versions = await payload.db.findGlobalVersions({
        global: global.slug,
        limit: 0,
        pagination: false,
        locale: 'all',
        sort: 'updatedAt',
        req,
      })
      out[`global ${global.slug} versions`] = normal(versions.docs.map(({ id: _id, ...rest }) => rest)) ?? []
    }
  }
  return out
}
