import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { deliveryMode } from '../deliveryMode'
import { senderAddress } from '../sender'
import { audienceInPages } from './audienceInPages'
import { audienceWhere } from './audienceWhere'
import { type BatchEmail, personalizer, type Recipient } from './personalize'
import { type NewsletterAllLocales, renderNewsletter } from './renderNewsletter'
import { BatchFailedError, sendBatchWithRetry } from './sendBatchWithRetry'

export const batchSize = 100

type Batch = { recorded: boolean; key: string; ids: string[]; recipients: Recipient[] }
type Prepared = { batch: Batch; emails: BatchEmail[] }
type RecordedBatch = { idempotencyKey: string; status: string; recipients?: string[] | null }

/** Lets pending I/O run before the caller carries on: SQLite calls and personalising a batch hold the thread for milliseconds. */
const giveWay = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The key depends only on the newsletter and the recipients, so a batch whose
 * pending record was lost (a crash, a power cut) is rebuilt with the same key
 * on resume and Resend still recognises it.
 */
function batchKey(newsletterId: string, recipientIds: string[]): string {
  const digest = crypto.createHash('sha256').update(recipientIds.join(',')).digest('hex').slice(0, 32)
  return `newsletter-${newsletterId}-${digest}`
}

/**
 * Sends a newsletter to its audience, resumable at any point:
 * 1. recipients in batches already recorded as sent are skipped;
 * 2. batches recorded as pending (the server stopped between the API call and
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

  // Bookkeeping is read and written through the database adapter: it is the
  // job's own, written hundreds of times per send, and the Local API's hooks
  // and per-document afterRead would cost more than the sending itself.
  const { docs: records } = (await payload.db.find({
    collection: 'newsletter-deliveries',
    where: { newsletter: { equals: newsletterId } },
    pagination: false,
    limit: 0,
    select: { idempotencyKey: true, status: true, recipients: true },
  })) as unknown as { docs: RecordedBatch[] }
  const handled = new Set<string>()
  const redo: Batch[] = []
  let sent = 0
  let failed = 0
  for (const record of records) {
    const ids = (record.recipients ?? []).map(String)
    ids.forEach((id) => handled.add(id))
    if (record.status === 'sent') sent += ids.length
    else redo.push({ recorded: true, key: record.idempotencyKey, ids, recipients: [] })
  }
  if (redo.length) {
    // A batch is repeated exactly as first sent, even to someone who left the audience since, so the idempotency key still matches.
    const { docs } = (await payload.db.find({
      collection: 'subscribers',
      where: { id: { in: redo.flatMap((b) => b.ids) } },
      pagination: false,
      limit: 0,
      select: { email: true, language: true },
    })) as unknown as { docs: { id: string; email: string; language?: string | null }[] }
    const byId = new Map(
      docs.map((s) => [String(s.id), { id: String(s.id), email: s.email, language: s.language ?? 'fi' }]),
    )
    for (const batch of redo)
      batch.recipients = batch.ids.map((id) => byId.get(id)).filter((r): r is Recipient => Boolean(r))
  }

  // An estimate while sending (some of those already handled may have left the audience); exact at the end.
  const { totalDocs: audienceSize } = await payload.db.count({ collection: 'subscribers', where })
  const total = sent + redo.reduce((n, b) => n + b.ids.length, 0) + Math.max(0, audienceSize - handled.size)
  let lastProgress = 0
  const progress = async (force = false) => {
    if (!force && Date.now() - lastProgress < 500) return
    lastProgress = Date.now()
    // updatedAt doubles as the send's heartbeat: resumeNewsletters takes a send that stops beating for dead.
    const data = {
      progress: { total: Math.max(total, sent + failed), sent, failed },
      updatedAt: new Date().toISOString(),
    }
    await payload.db.updateOne({ collection: 'newsletters', id: newsletterId, data, returning: false })
  }
  await progress(true)

  async function* batchesToSend(): AsyncGenerator<Batch> {
    yield* redo
    let waiting: Recipient[] = []
    const cut = (recipients: Recipient[]): Batch => {
      const ids = recipients.map((r) => r.id)
      return { recorded: false, key: batchKey(newsletterId, ids), ids, recipients }
    }
    for await (const page of audienceInPages(payload, where)) {
      waiting = waiting.concat(page.filter((r) => !handled.has(r.id)))
      while (waiting.length >= batchSize) {
        yield cut(waiting.slice(0, batchSize))
        waiting = waiting.slice(batchSize)
      }
    }
    if (waiting.length) yield cut(waiting)
  }
  const source = batchesToSend()

  /** The next batch and its messages, after its pending record is stored; null when everyone has been handled. */
  const prepareNext = async (): Promise<Prepared | null> => {
    const { value: batch, done } = await source.next()
    if (done) return null
    // Each step gives way in between, so an answer from Resend, and the next call, never wait behind a whole batch's preparation.
    await giveWay()
    const emails = batch.recipients.map(personalize)
    await giveWay()
    if (!batch.recorded) {
      const now = new Date().toISOString()
      await payload.db.create({
        collection: 'newsletter-deliveries',
        data: {
          newsletter: newsletterId,
          idempotencyKey: batch.key,
          recipients: batch.ids,
          count: batch.ids.length,
          status: 'pending',
          createdAt: now,
          updatedAt: now,
        },
        returning: false,
      })
      batch.recorded = true
    }
    return { batch, emails }
  }

  // Batches are marked sent, with each message's id at Resend, a few at a time. A crash before
  // the mark only means the batch is sent again under the same idempotency key, which Resend ignores.
  let unmarked: { key: string; messageIds: Record<string, string> }[] = []
  let lastMark = Date.now()
  const markSent = async (force = false) => {
    if (!unmarked.length || (!force && Date.now() - lastMark < 500)) return
    const batches = unmarked
    unmarked = []
    lastMark = Date.now()
    const updatedAt = new Date().toISOString()
    for (const { key, messageIds } of batches) {
      await payload.db.updateOne({
        collection: 'newsletter-deliveries',
        where: { idempotencyKey: { equals: key } },
        data: { status: 'sent', error: null, messageIds, updatedAt },
        returning: false,
      })
    }
    await progress(true)
  }

  // The outbox writes through the Local API, in transactions of its own; it is not run alongside our writes.
  const overlap = mode.kind !== 'outbox'
  const quiet = <T>(p: Promise<T>) => {
    p.catch(() => undefined) // awaited later; this only keeps an early failure from counting as unhandled
    return p
  }
  // Up to `readAhead` batches are prepared while one is on the wire, one after another, letting
  // Resend's answers through in between: the job's own work fills the time spent waiting instead
  // of adding to it, including the longer pauses when a new page of the audience is read.
  const readAhead = overlap ? 3 : 1
  const prepared: Promise<Prepared | null>[] = []
  let preparing: Promise<unknown> = Promise.resolve()
  const prepareAhead = () => {
    while (prepared.length < readAhead) {
      const next = quiet(preparing.then(giveWay).then(prepareNext))
      preparing = next.catch(() => undefined)
      prepared.push(next)
    }
  }
  for (;;) {
    prepareAhead()
    const current = await prepared.shift()!
    if (!current) break
    const { batch, emails } = current
    const call = quiet(emails.length ? sendBatchWithRetry(payload, mode, emails, batch.key) : Promise.resolve([]))
    if (overlap) prepareAhead()
    let messageIds: Record<string, string>
    try {
      // Keyed by subscriber: a repeated batch can be shorter than its record when someone has since deleted their data.
      const ids = await call
      messageIds = Object.fromEntries(batch.recipients.map((r, i) => [r.id, ids[i]]))
    } catch (error) {
      // Batches prepared meanwhile are recorded as pending: true (they were not sent), and a resume sends them.
      await Promise.allSettled(prepared)
      await markSent(true)
      if (!(error instanceof BatchFailedError)) throw error
      // Still retryable after every back-off: leave the batch pending and stop, so a later run resumes here.
      if (error.retryable) {
        await progress(true)
        throw error
      }
      failed += batch.ids.length
      await payload.db.updateOne({
        collection: 'newsletter-deliveries',
        where: { idempotencyKey: { equals: batch.key } },
        data: { status: 'failed', error: error.message.slice(0, 500) },
        returning: false,
      })
      await progress(true)
      continue
    }
    sent += batch.ids.length
    unmarked.push({ key: batch.key, messageIds })
    await markSent()
  }
  await markSent(true)
  await payload.update({
    collection: 'newsletters',
    id: newsletterId,
    data: { status: 'sent', sentAt: new Date().toISOString(), progress: { total: sent + failed, sent, failed } },
    depth: 0,
  })
}
