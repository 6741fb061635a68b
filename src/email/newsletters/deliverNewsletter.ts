import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { deliveryMode } from '../deliveryMode'
import { senderAddress } from '../sender'
import { audienceWhere } from './audienceWhere'
import { personalize, type Recipient } from './personalize'
import { type NewsletterAllLocales, renderNewsletter } from './renderNewsletter'
import { BatchFailedError, sendBatchWithRetry } from './sendBatchWithRetry'

export const batchSize = 100

type Batch = { recorded: boolean; key: string; recipients: string[] }

function batchKey(newsletterId: string, recipientIds: string[]): string {
  const digest = crypto.createHash('sha256').update(recipientIds.join(',')).digest('hex').slice(0, 32)
  return `newsletter-${newsletterId}-${digest}`
}

/**
 * Sends a newsletter to its audience, resumable at any point:
 * 1. recipients in batches already recorded as sent are skipped;
 * 2. batches recorded as pending (the server stopped between the API call and
 *    the record) or failed are sent again exactly as recorded, with the same
 *    idempotency key, so Resend delivers them at most once;
 * 3. the rest are split into new batches, all recorded (pending) before the first call.
 * Sent batches and the progress on the newsletter are written at least every half second.
 */
export async function deliverNewsletter(payload: Payload, newsletterId: string): Promise<void> {
  const mode = deliveryMode()
  const newsletter = await payload.findByID({ collection: 'newsletters', id: newsletterId, locale: 'all', depth: 0 })
  const messages = await renderNewsletter(newsletter as unknown as NewsletterAllLocales)
  const from = await senderAddress(payload)

  const { docs: records } = await payload.find({
    collection: 'newsletter-deliveries',
    where: { newsletter: { equals: newsletterId } },
    pagination: false,
    depth: 0,
  })
  const handled = new Set<string>()
  const redo: Batch[] = []
  let sent = 0
  let failed = 0
  for (const record of records) {
    const ids = (record.recipients as string[]) ?? []
    ids.forEach((id) => handled.add(id))
    if (record.status === 'sent') sent += ids.length
    else redo.push({ recorded: true, key: record.idempotencyKey, recipients: ids })
  }

  // The audience is read straight from the database adapter: 10,000 subscribers
  // through the Local API's per-document afterRead would cost seconds for nothing.
  const { docs: audience } = (await payload.db.find({
    collection: 'subscribers',
    where: audienceWhere(newsletter as never),
    pagination: false,
    limit: 0,
    sort: 'createdAt',
    select: { email: true, language: true },
  })) as unknown as { docs: { id: string; email: string; language?: string | null }[] }
  const byId = new Map<string, Recipient>()
  for (const s of audience) byId.set(String(s.id), { id: String(s.id), email: s.email, language: s.language ?? 'fi' })
  const redoIds = redo.flatMap((b) => b.recipients).filter((id) => !byId.has(id))
  if (redoIds.length) {
    // A batch is repeated exactly as first sent, even to someone who left the audience since, so the idempotency key still matches.
    const { docs } = await payload.find({ collection: 'subscribers', where: { id: { in: redoIds } }, pagination: false, depth: 0, select: { email: true, language: true } })
    for (const s of docs) byId.set(String(s.id), { id: String(s.id), email: s.email, language: s.language ?? 'fi' })
  }

  const fresh = audience.map((s) => String(s.id)).filter((id) => !handled.has(id))
  const batches: Batch[] = [...redo]
  for (let i = 0; i < fresh.length; i += batchSize) {
    const recipients = fresh.slice(i, i + batchSize)
    batches.push({ recorded: false, key: batchKey(newsletterId, recipients), recipients })
  }
  const total = sent + batches.reduce((n, b) => n + b.recipients.length, 0)
  // Progress and delivery records go through payload.db (no hooks, no rich-text
  // afterRead on the newsletter): they are the job's own bookkeeping, written
  // hundreds of times per send, and the Local API round trip would dominate it.
  let lastProgress = 0
  const progress = async (force = false) => {
    if (!force && Date.now() - lastProgress < 500) return
    lastProgress = Date.now()
    await payload.db.updateOne({ collection: 'newsletters', id: newsletterId, data: { progress: { total, sent, failed } }, returning: false })
  }
  await progress(true)

  // Every new batch is recorded (pending, with its key) before any is sent, in
  // one transaction: one commit instead of one per batch.
  const unrecorded = batches.filter((b) => !b.recorded)
  if (unrecorded.length) {
    const transactionID = await payload.db.beginTransaction()
    const req = transactionID ? { transactionID } : undefined
    try {
      for (const batch of unrecorded) {
        const now = new Date().toISOString()
        // Not read back: later writes find the record by its unique idempotency key.
        await payload.db.create({
          collection: 'newsletter-deliveries',
          data: { newsletter: newsletterId, idempotencyKey: batch.key, recipients: batch.recipients, count: batch.recipients.length, status: 'pending', createdAt: now, updatedAt: now },
          req,
          returning: false,
        })
      }
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }

  // Batches are marked sent a few at a time. A crash before the mark only means
  // the batch is sent again under the same idempotency key, which Resend ignores.
  let unmarked: string[] = []
  let lastMark = Date.now()
  const markSent = async (force = false) => {
    if (!unmarked.length || (!force && Date.now() - lastMark < 500)) return
    const keys = unmarked
    unmarked = []
    lastMark = Date.now()
    await payload.db.updateMany({ collection: 'newsletter-deliveries', where: { idempotencyKey: { in: keys } }, data: { status: 'sent', error: null, updatedAt: new Date().toISOString() } })
    await progress(true)
  }

  for (const batch of batches) {
    const emails = batch.recipients
      .map((id) => byId.get(id))
      .filter((r): r is Recipient => Boolean(r))
      .map((r) => personalize(payload, from, messages[r.language as keyof typeof messages] ?? messages.fi, r))
    try {
      if (emails.length) await sendBatchWithRetry(payload, mode, emails, batch.key)
    } catch (error) {
      await markSent(true)
      if (!(error instanceof BatchFailedError)) throw error
      // Still retryable after every back-off: leave the batch pending and stop, so a later run resumes here.
      if (error.retryable) {
        await progress(true)
        throw error
      }
      failed += batch.recipients.length
      await payload.db.updateOne({ collection: 'newsletter-deliveries', where: { idempotencyKey: { equals: batch.key } }, data: { status: 'failed', error: error.message.slice(0, 500) }, returning: false })
      await progress(true)
      continue
    }
    sent += batch.recipients.length
    unmarked.push(batch.key)
    await markSent()
  }
  await markSent(true)
  await payload.update({
    collection: 'newsletters',
    id: newsletterId,
    data: { status: 'sent', sentAt: new Date().toISOString(), progress: { total, sent, failed } },
    depth: 0,
  })
}
