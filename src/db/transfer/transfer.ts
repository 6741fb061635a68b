import type { Payload, PayloadRequest } from 'payload'

/** Payload's own bookkeeping that belongs to one database and is not moved. */
const notMoved = new Set(['payload-migrations', 'payload-locked-documents'])

export type TransferCounts = Record<string, { records: number; versions: number }>

type Doc = Record<string, unknown> & { id?: unknown }
type VersionDoc = Doc & {
  parent?: unknown
  version: Doc
  autosave?: boolean
  createdAt: string
  updatedAt: string
  publishedLocale?: string
  snapshot?: true
}

/**
 * Copies every collection (records with their ids, every locale, uploads' file
 * references, auth hashes), every global and all their versions from `source`
 * to the empty, migrated `target`, through the database adapters themselves:
 * no hooks run, so nothing is sent, regenerated or re-validated on the way.
 * Versions are written oldest first, so each document's newest stays its latest.
 */
export async function transfer(source: Payload, target: Payload, log: (line: string) => void): Promise<TransferCounts> {
  const counts: TransferCounts = {}
  const req = (payload: Payload) => ({ payload, locale: 'all' }) as unknown as PayloadRequest
  for (const collection of source.config.collections) {
    if (notMoved.has(collection.slug)) continue
    const { docs } = await source.db.find<Doc>({
      collection: collection.slug,
      limit: 0,
      pagination: false,
      locale: 'all',
      joins: false as never, // records only: join fields are other records' references
      sort: 'createdAt',
      req: req(source),
    })
    for (const doc of docs) {
      await target.db.create({
        collection: collection.slug,
        data: doc,
        customID: doc.id as string,
        returning: false,
        req: req(target),
      })
    }
    let versions = 0
    if (collection.versions) {
      const found = await source.db.findVersions<Doc>({
        collection: collection.slug,
        limit: 0,
        pagination: false,
        locale: 'all',
        sort: 'updatedAt',
        req: req(source),
      })
      for (const version of found.docs as unknown as VersionDoc[]) {
        await target.db.createVersion({
          collectionSlug: collection.slug,
          parent: version.parent as string,
          versionData: version.version as never,
          autosave: Boolean(version.autosave),
          createdAt: version.createdAt,
          updatedAt: version.updatedAt,
          publishedLocale: version.publishedLocale,
          snapshot: version.snapshot,
          returning: false,
          req: req(target),
        })
      }
      versions = found.docs.length
    }
    counts[collection.slug] = { records: docs.length, versions }
    log(`${collection.slug}: ${docs.length} records${versions ? `, ${versions} versions` : ''}`)
  }
  for (const global of source.config.globals) {
    const data = await source.db.findGlobal<Doc>({ slug: global.slug, locale: 'all', req: req(source) })
    const saved = Boolean(data && (data.id || data.createdAt))
    if (saved) {
      await target.db.createGlobal({
        slug: global.slug,
        data: { ...data } as never,
        returning: false,
        req: req(target),
      })
      // createGlobal stamps its own createdAt and updatedAt: the original ones are written over them.
      await target.db.updateGlobal({
        slug: global.slug,
        data: { createdAt: data.createdAt, updatedAt: data.updatedAt } as never,
        returning: false,
        req: req(target),
      })
    }
    let versions = 0
    if (global.versions) {
      const found = await source.db.findGlobalVersions<Doc>({
        global: global.slug,
        limit: 0,
        pagination: false,
        locale: 'all',
        sort: 'updatedAt',
        req: req(source),
      })
      for (const version of found.docs as unknown as VersionDoc[]) {
        await target.db.createGlobalVersion({
          globalSlug: global.slug,
          versionData: version.version as never,
          autosave: Boolean(version.autosave),
          createdAt: version.createdAt,
          updatedAt: version.updatedAt,
          publishedLocale: version.publishedLocale,
          snapshot: version.snapshot,
          returning: false,
          req: req(target),
        })
      }
      versions = found.docs.length
    }
    counts[`global:${global.slug}`] = { records: saved ? 1 : 0, versions }
    log(`global ${global.slug}${versions ? `: ${versions} versions` : ''}`)
  }
  return counts
}
