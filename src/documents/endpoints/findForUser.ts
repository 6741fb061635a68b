import type { CollectionSlug, PayloadRequest } from 'payload'

import { refuse } from './respond'

export type Found<T> = { doc: T; response?: undefined } | { doc?: undefined; response: Response }

/**
 * Reads a record as the person asking (access enforced). When they may not
 * read it, tells apart "not yours" (403) from "does not exist" (404), and
 * asks an anonymous visitor to sign in (401).
 */
export async function findForUser<T>(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | undefined,
  depth = 1,
): Promise<Found<T>> {
  if (!id) return { response: await refuse(req, 404, 'notFound') }
  const doc: unknown = await req.payload
    .findByID({ collection, id, depth, overrideAccess: false, user: req.user, req, disableErrors: true })
    .catch(() => null)
  if (doc) return { doc: doc as T }
  const exists = await req.payload
    .count({ collection, where: { id: { equals: id } }, overrideAccess: true, req })
    .then((r) => r.totalDocs > 0)
    .catch(() => false)
  if (!exists) return { response: await refuse(req, 404, 'notFound') }
  return { response: await refuse(req, req.user ? 403 : 401, req.user ? 'forbidden' : 'signIn') }
}
