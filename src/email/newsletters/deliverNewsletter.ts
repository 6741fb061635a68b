import type { Payload } from 'payload'

import { deliveryMode } from '../deliveryMode'
import { senderAddress } from '../sender'
import { audienceWhere } from './audienceWhere'
import { type Batch, batchesToSend } from './deliveryBatches'
import { deliveryHeartbeat } from './deliveryHeartbeat'
import { readLedger, recordFailed, recordPending, sentMarker } from './deliveryLedger'
import { giveWay, quiet, readAhead } from './deliveryPipeline'
import { type BatchEmail, personalizer } from './personalize'
import { type NewsletterAllLocales, renderNewsletter } from './renderNewsletter'
import { BatchFailedError, sendBatchWithRetry } from './sendBatchWithRetry'

type Prepared = { batch: Batch; emails: BatchEmail[] }

/**
 * Sends a newsletter to its audience, resumable at any point:
 * 1. recipients in batches the ledger holds as sent are skipped;
 * 2. batches held as pending (the server stopped between the API call and
 *    the status update) or failed are sent again exactly as recorded, with the
 *    same idempotency key, so Resend delivers them at most once;
 * 3. everyone else is split into new batches, each recorded (pending, with
 *    every recipient's id) before its call.
 * One call is on the wire at a time, as Resend's rate limit expects; the next
 * batches are read, personalised and recorded while the current one is in flight.
 */
export async function deliverNewsletter(payload: Payload, newsletterId: string): Promise<void> {
  const mode = deliveryMode()
  const newsletter = await payload.findByID({ collection: 'newsletters', id: newsletterId, locale: 'all', depth: 0 })
  const personalize = personalizer(
    payload,
    await senderAddress(payload),
    await renderNewsletter(newsletter as unknown as NewsletterAllLocales),
  )
  const where = audienceWhere(newsletter as never)

  const ledger = await readLedger(payload, newsletterId)
  const { totalDocs: audienceSize } = await payload.db.count({ collection: 'subscribers', where })
  const repeated = ledger.redo.reduce((n, b) => n + b.ids.length, 0)
  const heartbeat = deliveryHeartbeat(payload, newsletterId, {
    sent: ledger.sent,
    total: ledger.sent + repeated + Math.max(0, audienceSize - ledger.handled.size),
  })
  const counts = heartbeat.state
  await heartbeat.beat(true)

  const batches = batchesToSend(payload, newsletterId, where, ledger)
  const prepareNext = async (): Promise<Prepared | null> => {
    const { value: batch, done } = await batches.next()
    if (done) return null
    // Each step gives way in between, so an answer from Resend, and the next call, never wait behind a whole batch's preparation.
    await giveWay()
    const emails = batch.recipients.map(personalize)
    await giveWay()
    await recordPending(payload, newsletterId, batch)
    return { batch, emails }
  }
  // The outbox writes through the Local API, in transactions of its own; it is not run alongside our writes.
  const overlap = mode.kind !== 'outbox'
  const pipeline = readAhead(prepareNext, overlap ? 3 : 1)
  const marker = sentMarker(payload, () => heartbeat.beat(true))

  for (;;) {
    const current = await pipeline.next()
    if (!current) break
    const { batch, emails } = current
    const call = quiet(emails.length ? sendBatchWithRetry(payload, mode, emails, batch.key) : Promise.resolve([]))
    if (overlap) pipeline.fill()
    let messageIds: Record<string, string>
    try {
      // Keyed by subscriber: a repeated batch can be shorter than its record when someone has since deleted their data.
      const ids = await call
      messageIds = Object.fromEntries(batch.recipients.map((r, i) => [r.id, ids[i]]))
    } catch (error) {
      // Batches prepared meanwhile are recorded as pending: true (they were not sent), and a resume sends them.
      await pipeline.settle()
      await marker.flush(true)
      if (!(error instanceof BatchFailedError)) throw error
      // Still retryable after every back-off: leave the batch pending and stop, so a later run resumes here.
      if (error.retryable) {
        await heartbeat.beat(true)
        throw error
      }
      counts.failed += batch.ids.length
      await recordFailed(payload, batch.key, error.message)
      await heartbeat.beat(true)
      continue
    }
    counts.sent += batch.ids.length
    marker.add(batch.key, messageIds)
    await marker.flush()
  }
  await marker.flush(true)
  await payload.update({
    collection: 'newsletters',
    id: newsletterId,
    data: {
      status: 'sent',
      sentAt: new Date().toISOString(),
      progress: { total: counts.sent + counts.failed, sent: counts.sent, failed: counts.failed },
    },
    depth: 0,
  })
}
