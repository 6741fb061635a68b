import type { Payload } from 'payload'

import type { DeliveryMode } from '../deliveryMode'
import { retryResend } from '../retryResend'
import { storeInOutbox } from '../storeInOutbox'
import type { BatchEmail } from './personalize'

export { ResendFailedError as BatchFailedError } from '../retryResend'

/** One call to Resend's batch API (≤ 100 messages), retried under the batch's idempotency key. */
export async function sendBatchWithRetry(payload: Payload, mode: DeliveryMode, emails: BatchEmail[], idempotencyKey: string): Promise<void> {
  if (mode.kind === 'outbox') {
    await storeInOutbox(payload, emails)
    return
  }
  await retryResend(() => mode.client.batch.send(emails, { idempotencyKey }))
}
