import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { InUseRefusal, type Use } from '../errors/InUseRefusal'

/**
 * A record of `collection` that points here through `field` (a required link, so it cannot be left
 * dangling); `records` names their kind in the refusal (`errors.records.<records>` in admin.json).
 */
export type Reference = { collection: CollectionSlug; field: string; records: string }

/**
 * Refuses to delete a record that other records still need, saying which and how many. Without it
 * SQLite fails with a constraint error (a 500) and MongoDB keeps records pointing at nothing, which
 * then drop out of their team's sight.
 */
export function refuseDeleteWhileReferenced(references: Reference[]): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const uses: Use[] = []
    for (const ref of references) {
      const { totalDocs } = await req.payload.count({
        collection: ref.collection,
        where: { [ref.field]: { equals: id } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) uses.push({ records: ref.records, count: totalDocs })
    }
    if (uses.length) throw new InUseRefusal(req, uses)
  }
}
