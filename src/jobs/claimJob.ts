import { and, eq, isNull } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

type DrizzleLike = {
  drizzle: {
    update: (table: unknown) => {
      set: (values: Record<string, unknown>) => {
        where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<unknown[]> }
      }
    }
  }
  tables: Record<string, Record<string, unknown>>
}

type MongooseLike = {
  collections: Record<
    string,
    { findOneAndUpdate: (filter: object, update: object, options: object) => Promise<unknown> }
  >
}

/**
 * Marks a queued job as taken by this process, in one conditional write, so
 * that of two workers reaching for the same job exactly one gets it. Payload's
 * own runner finds jobs and then marks them in two steps, which lets two
 * processes take the same job; the worker claims each job here first and only
 * then hands it to Payload to run.
 */
export async function claimJob(payload: Payload, id: string | number): Promise<boolean> {
  const now = new Date()
  if (payload.db.name === 'mongoose') {
    const jobs = (payload.db as unknown as MongooseLike).collections['payload-jobs']
    const claimed = await jobs.findOneAndUpdate(
      { _id: id, processing: false, completedAt: null },
      { $set: { processing: true, updatedAt: now } },
      { new: true },
    )
    return Boolean(claimed)
  }
  const db = payload.db as unknown as DrizzleLike
  const jobs = db.tables.payload_jobs as Record<string, never>
  const claimed = await db.drizzle
    .update(jobs)
    .set({ processing: true, updatedAt: now.toISOString() })
    .where(and(eq(jobs.id, id), eq(jobs.processing, false), isNull(jobs.completedAt)))
    .returning({ id: jobs.id })
  return claimed.length === 1
}
