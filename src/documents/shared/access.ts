import type { PayloadRequest } from 'payload'

/** How a loader reads: as the person asking (access enforced), or as the system (background jobs). */
export type ReadAs = { req?: PayloadRequest; overrideAccess: boolean }

export function readOptions(as: ReadAs) {
  return as.overrideAccess
    ? { overrideAccess: true as const, req: as.req }
    : { overrideAccess: false as const, user: as.req?.user ?? undefined, req: as.req }
}
