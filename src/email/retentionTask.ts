import type { TaskConfig } from 'payload'

const day = 24 * 60 * 60 * 1000

/** The periods the privacy notice promises; nothing else is deleted here. */
export const retention = { unconfirmedDays: 7, decidedRequestDays: 90, attemptsDays: 1 }

export const emailRetentionTask: TaskConfig<{
  input: object
  output: { subscribers: number; workspaceRequests: number; attempts: number }
}> = {
  slug: 'emailRetention',
  label: 'Delete expired sign-ups and decided workspace requests',
  schedule: [{ cron: '15 * * * *', queue: 'hourly' }],
  handler: async ({ req }) => {
    const { payload } = req
    const before = (days: number) => new Date(Date.now() - days * day).toISOString()
    const subscribers = await payload.delete({
      collection: 'subscribers',
      where: {
        and: [{ status: { equals: 'pending' } }, { createdAt: { less_than: before(retention.unconfirmedDays) } }],
      },
      depth: 0,
      req,
    })
    const requests = await payload.delete({
      collection: 'workspace-requests',
      where: {
        and: [
          { status: { in: ['approved', 'rejected'] } },
          { decidedAt: { less_than: before(retention.decidedRequestDays) } },
        ],
      },
      depth: 0,
      req,
    })
    const attempts = await payload.delete({
      collection: 'signup-attempts',
      where: { createdAt: { less_than: before(retention.attemptsDays) } },
      depth: 0,
      req,
    })
    return {
      output: {
        subscribers: subscribers.docs.length,
        workspaceRequests: requests.docs.length,
        attempts: attempts.docs.length,
      },
    }
  },
}
