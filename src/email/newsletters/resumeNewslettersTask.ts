import type { TaskConfig } from 'payload'

/** How long a sending newsletter may go without progress before its send counts as dead. */
export const stallMinutes = () => Number(process.env.NEWSLETTER_STALL_MINUTES ?? 10)

/**
 * A server killed mid-send leaves its job marked "processing" for ever and the
 * newsletter "sending". This picks such sends up again: a newsletter whose
 * progress has not moved for the stall period, with no job waiting to carry
 * on, gets a new job, which skips everyone already sent to (see deliverNewsletter).
 */
export const resumeNewslettersTask: TaskConfig<{ input: object; output: { resumed: number } }> = {
  slug: 'resumeNewsletters',
  label: 'Resume newsletters whose sending stopped',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const { payload } = req
    const before = new Date(Date.now() - stallMinutes() * 60_000).toISOString()
    const { docs: stalled } = await payload.find({
      collection: 'newsletters',
      where: { and: [{ status: { equals: 'sending' } }, { updatedAt: { less_than_equal: before } }] },
      pagination: false,
      depth: 0,
      select: { status: true },
      req,
    })
    if (!stalled.length) return { output: { resumed: 0 } }
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'sendNewsletter' } }, { completedAt: { exists: false } }] },
      pagination: false,
      depth: 0,
      req,
    })
    let resumed = 0
    for (const newsletter of stalled) {
      const own = jobs.filter(
        (job) => String((job.input as { newsletterId?: unknown } | null)?.newsletterId) === String(newsletter.id),
      )
      // A job queued or waiting between retries carries on by itself.
      if (own.some((job) => !job.processing && !job.hasError)) continue
      for (const job of own.filter((j) => j.processing)) {
        await payload.update({
          collection: 'payload-jobs',
          id: job.id,
          data: {
            processing: false,
            hasError: true,
            error: { message: 'The server stopped during this send; a new job resumed it.' },
          },
          depth: 0,
          req,
        })
      }
      await payload.jobs.queue({
        task: 'sendNewsletter',
        input: { newsletterId: String(newsletter.id) },
        queue: 'default',
        req,
      })
      resumed++
    }
    return { output: { resumed } }
  },
}
