import type { Payload } from 'payload'

import type { DeliveryMode } from '../deliveryMode'
import { retryResend } from '../retryResend'
import { storeInOutbox } from '../storeInOutbox'
import type { BatchEmail } from './personalize'

export { ResendFailedError as BatchFailedError } from '../retryResend'

/**
 * One call to Resend's batch API (≤ 100 messages), retried under the batch's
 * idempotency key. Returns each message's id, in the order of `emails`:
 * Resend's, or the outbox record's when mail is kept locally.
 */
export async function sendBatchWithRetry(
  payload: Payload,
  mode: DeliveryMode,
  emails: BatchEmail[],
  idempotencyKey: string,
): Promise<string[]> {
  if (mode.kind === 'outbox') return storeInOutbox(payload, emails)
  const answer = await retryResend(() => mode.client.batch.send(emails, { idempotencyKey }))
  return (answer?.data ?? []).map((message) => message.id)
}
