import type { Payload } from 'payload'

/**
 * A worker holds each job it runs on a lease: while the job runs it touches
 * the job's updatedAt every third of the lease. A worker that dies (SIGKILL,
 * a lost machine) stops touching it, and once the lease has lapsed any other
 * worker puts the job back in the queue, where it is resumed (the newsletter
 * carries on from its delivery ledger, so nobody gets a copy twice).
 */
export const leaseSeconds = (env: NodeJS.ProcessEnv = process.env) => {
  const value = Number(env.WORKER_LEASE_SECONDS ?? 60)
  return Number.isFinite(value) && value >= 2 ? value : 60
}

/** Keeps the lease of a running job until the returned function is called. */
export function keepLease(payload: Payload, id: string | number): () => void {
  const touch = () =>
    payload.db
      .updateOne({
        collection: 'payload-jobs',
        id,
        data: { updatedAt: new Date().toISOString() },
        returning: false,
      })
      .catch((err: unknown) => payload.logger.warn({ err, msg: `Could not renew the lease of job ${id}` }))
  const timer = setInterval(touch, (leaseSeconds() * 1000) / 3)
  timer.unref()
  return () => clearInterval(timer)
}

/** Puts back in the queue every job still marked running whose lease lapsed: its worker is gone. */
export async function releaseLapsedJobs(payload: Payload): Promise<number> {
  const before = new Date(Date.now() - leaseSeconds() * 1000).toISOString()
  const { docs } = await payload.db.find({
    collection: 'payload-jobs',
    where: {
      and: [{ processing: { equals: true } }, { completedAt: { exists: false } }, { updatedAt: { less_than: before } }],
    },
    pagination: false,
    limit: 0,
    select: { id: true },
  })
  for (const job of docs) {
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: false, updatedAt: new Date().toISOString() },
      returning: false,
    })
    payload.logger.warn(`Job ${job.id} was left running by a worker that stopped; it is back in the queue.`)
  }
  return docs.length
}
