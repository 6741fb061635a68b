import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

/** A record of `collection` that points here through `field` (a required link, so it cannot be left dangling). */
export type Reference = { collection: CollectionSlug; field: string; label: string }

/**
 * Refuses to delete a record that other records still need. Without it SQLite
 * fails with a constraint error (a 500) and MongoDB keeps records pointing at
 * nothing, which then drop out of their team's sight.
 */
export function refuseDeleteWhileReferenced(references: Reference[]): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const uses: string[] = []
    for (const ref of references) {
      const { totalDocs } = await req.payload.count({
        collection: ref.collection,
        where: { [ref.field]: { equals: id } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) uses.push(`${ref.label}: ${totalDocs}`)
    }
    if (uses.length) {
      throw new APIError(
        `This cannot be deleted while it is in use (${uses.join(', ')}). Remove or change those first.`,
        409,
        undefined,
        true,
      )
    }
  }
}
