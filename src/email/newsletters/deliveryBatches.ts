import crypto from 'node:crypto'

import type { Payload, Where } from 'payload'

import { audienceInPages } from './audienceInPages'
import type { Recipient } from './personalize'

export const batchSize = 100

/** One call's worth of recipients; `recorded` once its pending record is in the ledger. */
export type Batch = { recorded: boolean; key: string; ids: string[]; recipients: Recipient[] }

/**
 * The key depends only on the newsletter and the recipients, so a batch whose
 * pending record was lost (a crash, a power cut) is rebuilt with the same key
 * on resume and Resend still recognises it.
 */
export function batchKey(newsletterId: string, recipientIds: string[]): string {
  const digest = crypto.createHash('sha256').update(recipientIds.join(',')).digest('hex').slice(0, 32)
  return `newsletter-${newsletterId}-${digest}`
}

/**
 * The batches still to send: first those the ledger holds as pending or
 * failed, exactly as recorded; then everyone in the audience not yet handled,
 * cut into new batches of `batchSize` in id order.
 */
export async function* batchesToSend(
  payload: Payload,
  newsletterId: string,
  where: Where,
  ledger: { redo: Batch[]; handled: Set<string> },
): AsyncGenerator<Batch> {
  yield* ledger.redo
  const cut = (recipients: Recipient[]): Batch => {
    const ids = recipients.map((r) => r.id)
    return { recorded: false, key: batchKey(newsletterId, ids), ids, recipients }
  }
  let waiting: Recipient[] = []
  for await (const page of audienceInPages(payload, where)) {
    waiting = waiting.concat(page.filter((r) => !ledger.handled.has(r.id)))
    while (waiting.length >= batchSize) {
      yield cut(waiting.slice(0, batchSize))
      waiting = waiting.slice(batchSize)
    }
  }
  if (waiting.length) yield cut(waiting)
}
