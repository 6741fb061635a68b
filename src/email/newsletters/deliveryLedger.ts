import type { Payload } from 'payload'

import type { Batch } from './deliveryBatches'
import type { Recipient } from './personalize'

// The ledger is the newsletter-deliveries collection: one record per batch, written before its
// call (pending, with every recipient's id) and after it (sent or failed). It is read and written
// through the database adapter: it is the job's own, written hundreds of times per send, and the
// Local API's hooks and per-document afterRead would cost more than the sending itself.

type RecordedBatch = { idempotencyKey: string; status: string; recipients?: string[] | null }

/** What earlier runs of this send left: who is handled, how many were sent, and the batches to repeat. */
export type LedgerState = { handled: Set<string>; redo: Batch[]; sent: number }

export async function readLedger(payload: Payload, newsletterId: string): Promise<LedgerState> {
  const { docs: records } = (await payload.db.find({
    collection: 'newsletter-deliveries',
    where: { newsletter: { equals: newsletterId } },
    pagination: false,
    limit: 0,
    select: { idempotencyKey: true, status: true, recipients: true },
  })) as unknown as { docs: RecordedBatch[] }
  const state: LedgerState = { handled: new Set(), redo: [], sent: 0 }
  for (const record of records) {
    const ids = (record.recipients ?? []).map(String)
    ids.forEach((id) => state.handled.add(id))
    if (record.status === 'sent') state.sent += ids.length
    else state.redo.push({ recorded: true, key: record.idempotencyKey, ids, recipients: [] })
  }
  if (state.redo.length) await fillRecipients(payload, state.redo)
  return state
}

/** A batch is repeated exactly as first sent, even to someone who left the audience since, so the idempotency key still matches. */
async function fillRecipients(payload: Payload, batches: Batch[]): Promise<void> {
  const { docs } = (await payload.db.find({
    collection: 'subscribers',
    where: { id: { in: batches.flatMap((b) => b.ids) } },
    pagination: false,
    limit: 0,
    select: { email: true, language: true },
  })) as unknown as { docs: { id: string; email: string; language?: string | null }[] }
  const byId = new Map(
    docs.map((s) => [String(s.id), { id: String(s.id), email: s.email, language: s.language ?? 'fi' }]),
  )
  for (const batch of batches)
    batch.recipients = batch.ids.map((id) => byId.get(id)).filter((r): r is Recipient => Boolean(r))
}

/** Records a new batch as pending before its call, so a crash after the call still knows who it went to. */
export async function recordPending(payload: Payload, newsletterId: string, batch: Batch): Promise<void> {
  if (batch.recorded) return
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

export async function recordFailed(payload: Payload, key: string, message: string): Promise<void> {
  await payload.db.updateOne({
    collection: 'newsletter-deliveries',
    where: { idempotencyKey: { equals: key } },
    data: { status: 'failed', error: message.slice(0, 500) },
    returning: false,
  })
}

/**
 * Marks batches sent, with each message's id at Resend, a few at a time. A
 * crash before the mark only means the batch is sent again under the same
 * idempotency key, which Resend ignores.
 */
export function sentMarker(payload: Payload, afterMarking: () => Promise<void>) {
  let unmarked: { key: string; messageIds: Record<string, string> }[] = []
  let lastMark = Date.now()
  return {
    add(key: string, messageIds: Record<string, string>) {
      unmarked.push({ key, messageIds })
    },
    async flush(force = false) {
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
      await afterMarking()
    },
  }
}
