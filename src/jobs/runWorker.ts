import type { Payload, Where } from 'payload'

import { claimJob } from './claimJob'
import { keepLease, releaseLapsedJobs } from './jobLease'

/** The queues the portal's tasks use (payload.config.ts): newsletters and the like, and the hourly chores. */
export const workedQueues = ['default', 'hourly']

export type Worker = {
  /** Stop taking jobs, let the running one finish (at most `graceMs`), then resolve. */
  stop: (graceMs: number) => Promise<void>
  /** Resolves when the loop has ended. */
  done: Promise<void>
}

const pollMs = () => Math.max(200, Number(process.env.WORKER_POLL_MS ?? 2000))
// Schedules are whole minutes (cron); looking twice a minute is enough and keeps the stats writes few.
const scheduleEveryMs = 30_000

/** Jobs ready to run now, oldest first: the same rule Payload's own runner uses. */
function runnable(): Where {
  return {
    and: [
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
      { queue: { in: workedQueues } },
      { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
    ],
  }
}

/**
 * The job worker (`npm run worker`): schedules the periodic tasks, takes one
 * job at a time by claiming it (claimJob), holds it on a lease while Payload
 * runs it, and puts back the jobs of workers that died. Any number of workers
 * can run side by side; each job runs in one of them.
 */
export function runWorker(payload: Payload): Worker {
  let stopping = false
  let wake: (() => void) | null = null
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  async function takeOne(): Promise<boolean> {
    const { docs } = await payload.db.find({
      collection: 'payload-jobs',
      where: runnable(),
      sort: 'createdAt',
      limit: 10,
      pagination: false,
      select: { id: true },
    })
    for (const job of docs) {
      if (stopping) return false
      if (!(await claimJob(payload, job.id))) continue // another worker took it first
      const release = keepLease(payload, job.id)
      try {
        await payload.jobs.runByID({ id: job.id, silent: { info: true } })
      } finally {
        release()
      }
      // Names the worker, so an operator (and the tests) can tell which process ran which job.
      payload.logger.info(`Job worker ${process.pid} ran job ${job.id}.`)
      return true
    }
    return false
  }

  async function loop(): Promise<void> {
    let scheduledAt = 0
    while (!stopping) {
      let worked = false
      try {
        await releaseLapsedJobs(payload)
        if (Date.now() - scheduledAt >= scheduleEveryMs) {
          scheduledAt = Date.now()
          await payload.jobs.handleSchedules({ allQueues: true })
        }
        worked = await takeOne()
      } catch (err) {
        payload.logger.error({ err, msg: 'The job worker could not work the queue; trying again.' })
      }
      if (!worked && !stopping) await pause(pollMs())
    }
  }

  const done = loop()
  return {
    done,
    stop: async (graceMs) => {
      stopping = true
      wake?.()
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, graceMs).unref())])
    },
  }
}
