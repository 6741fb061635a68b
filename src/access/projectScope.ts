import type { PayloadRequest } from 'payload'

import { actorOf } from './roles'

/**
 * Ids of the projects a coordinator runs (projects of their municipalities) or
 * an organizer's NGO is a partner in. Looked up with overrideAccess because the
 * rule itself is what decides access; every project-owned collection narrows
 * by these ids, so the isolation between municipalities lives in one place.
 */
export async function projectScope(req: PayloadRequest, as: 'coordinator' | 'organizer'): Promise<string[]> {
  const actor = actorOf(req)
  if (!actor || actor.role !== as) return []
  let where
  if (as === 'coordinator') {
    if (actor.municipalities.length === 0) return []
    where = { municipality: { in: actor.municipalities } }
  } else {
    if (!actor.organization) return []
    where = { partners: { in: [actor.organization] } }
  }
  const result = await req.payload.find({
    collection: 'projects',
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  return result.docs.map((d) => String(d.id))
}
