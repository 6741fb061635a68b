import type { PayloadRequest, Where } from 'payload'

export const REGENERATE_LIBRARY_TASK = 'regenerateLibraryDocuments'

/** A regeneration queued and not yet started (nor failed for good). */
export const waitingRegeneration: Where = {
  and: [
    { taskSlug: { equals: REGENERATE_LIBRARY_TASK } },
    { completedAt: { exists: false } },
    { processing: { equals: false } },
    { hasError: { not_equals: true } },
  ],
}

/**
 * afterChange on the questions and the document texts: queue one background
 * regeneration of the library. An editor saving ten questions in a row gets
 * one job, because nothing is queued while one is still waiting. Seeding and
 * the job itself pass `context.skipLibraryRegeneration`.
 */
export async function queueLibraryRegeneration<T>({
  doc,
  req,
  context,
}: {
  doc: T
  req: PayloadRequest
  context?: Record<string, unknown>
}): Promise<T> {
  if (context?.skipLibraryRegeneration) return doc
  const pending = await req.payload.count({
    collection: 'payload-jobs',
    where: waitingRegeneration,
    overrideAccess: true,
    req,
  })
  if (pending.totalDocs === 0) {
    await req.payload.jobs.queue({ task: REGENERATE_LIBRARY_TASK as never, input: {} as never, req })
  }
  return doc
}
