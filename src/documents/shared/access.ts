import type { PayloadRequest } from 'payload'

/** How a loader reads: as the person asking (access enforced), or as the system (background jobs). */
export type ReadAs = { req?: PayloadRequest; overrideAccess: boolean }

/**
 * Local API options for a read. The request itself is not handed on: the
 * Local API sets `req.locale` on the request it is given, and the loaders
 * read several languages at once, which would race on one shared request.
 */
export function readOptions(as: ReadAs) {
  return as.overrideAccess
    ? { overrideAccess: true as const }
    : { overrideAccess: false as const, user: as.req?.user ?? undefined }
}
