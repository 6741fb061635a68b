import type { PayloadRequest } from 'payload'

/**
 * Seconds until the keyed hash has fewer than `max` attempts recorded within `windowMs`, or 0 when
 * it has fewer now. Attempts are kept in the `signup-attempts` collection, in the database, so every
 * server of an installation counts the same ones.
 */
export async function secondsUntilAllowed(
  req: PayloadRequest,
  hash: string,
  max: number,
  windowMs: number,
): Promise<number> {
  const since = new Date(Date.now() - windowMs)
  const { docs } = await req.payload.find({
    collection: 'signup-attempts',
    where: { and: [{ keyHash: { equals: hash } }, { createdAt: { greater_than: since.toISOString() } }] },
    sort: '-createdAt',
    limit: max,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    req,
  })
  if (docs.length < max) return 0
  const oldestCounted = new Date(docs[docs.length - 1].createdAt).getTime()
  return Math.max(1, Math.ceil((oldestCounted + windowMs - Date.now()) / 1000))
}
