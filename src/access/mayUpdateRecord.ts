import type { CollectionSlug, GlobalSlug, PayloadRequest, Where } from 'payload'

/** What an edit lock (or anything else) points at: a collection's record or a global. */
export type RecordRef = { collection: string; id: string } | { global: string }

/**
 * Whether the signed-in person may update this record, by the collection's (or global's) own
 * update rule, so that everything derived from "may edit" follows the collections' rules.
 */
export async function mayUpdateRecord(req: PayloadRequest, ref: RecordRef): Promise<boolean> {
  if ('global' in ref) {
    const global = req.payload.config.globals.find((g) => g.slug === ref.global)
    if (!global?.access?.update) return false
    return Boolean(await global.access.update({ req }))
  }
  const collection = req.payload.collections[ref.collection as CollectionSlug]
  if (!collection?.config.access?.update) return false
  const rule = await collection.config.access.update({ req, id: ref.id })
  if (!rule) return false
  const where: Where = rule === true ? { id: { equals: ref.id } } : { and: [{ id: { equals: ref.id } }, rule] }
  const { totalDocs } = await req.payload.count({
    collection: ref.collection as CollectionSlug,
    where,
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Slugs of the globals the person may update. */
export async function updatableGlobals(req: PayloadRequest): Promise<GlobalSlug[]> {
  const out: GlobalSlug[] = []
  for (const global of req.payload.config.globals) {
    if (global.access?.update && (await global.access.update({ req }))) out.push(global.slug as GlobalSlug)
  }
  return out
}
