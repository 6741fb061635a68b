import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { updatableGlobals } from './mayUpdateRecord'
import { actorOf } from './roles'

const lockSlug = 'payload-locked-documents'

async function wherePersonMayEdit(req: PayloadRequest): Promise<Where | false> {
  const clauses: Where[] = []
  for (const collection of Object.values(req.payload.collections)) {
    const { slug, lockDocuments, access } = collection.config
    if (slug === lockSlug || lockDocuments === false || !access?.update) continue
    const rule = await access.update({ req })
    if (!rule) continue
    if (rule === true) {
      clauses.push({ 'document.relationTo': { equals: slug } })
      continue
    }
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      where: rule,
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs.length > 0)
      clauses.push({
        and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { in: docs.map((d) => d.id) } }],
      })
  }
  const globals = await updatableGlobals(req)
  if (globals.length > 0) clauses.push({ globalSlug: { in: globals } })
  if (clauses.length === 0) return false
  return clauses.length === 1 ? clauses[0] : { or: clauses }
}

const perRequest = new WeakMap<PayloadRequest, Promise<Where | false>>()

/**
 * Edit locks on records the signed-in person may update themselves. They must see those (the admin
 * shows "X is editing" and offers to take over, reading the locks as the person); a lock on a record
 * of another municipality is none of their business. Worked out once per request.
 */
export const locksOnUpdatableRecords: Access = ({ req }) => {
  if (!actorOf(req)) return false
  let result = perRequest.get(req)
  if (!result) {
    result = wherePersonMayEdit(req)
    perRequest.set(req, result)
  }
  return result
}
