import type { Payload } from 'payload'

import type { DeliveryMode } from '../deliveryMode'
import { storeInOutbox } from '../storeInOutbox'
import type { BatchEmail } from './personalize'

export class BatchFailedError extends Error {
  constructor(
    message: string,
    /** False for refusals that no retry will change (a 4xx other than 429). */
    readonly retryable: boolean,
  ) {
    super(message)
    this.name = 'BatchFailedError'
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export const retryPolicy = {
  attempts: 5,
  /** Doubled after each failure; EMAIL_RETRY_BASE_MS lets tests wait milliseconds instead of seconds. */
  baseMs: () => Number(process.env.EMAIL_RETRY_BASE_MS ?? 500),
  maxMs: 30_000,
}

/**
 * One call to Resend's batch API (≤ 100 messages). 429, 5xx and lost
 * connections are retried with exponential back-off (honouring Retry-After);
 * every retry carries the same idempotency key, so a batch that did reach
 * Resend before the answer was lost is not delivered twice.
 */
export async function sendBatchWithRetry(payload: Payload, mode: DeliveryMode, emails: BatchEmail[], idempotencyKey: string): Promise<void> {
  if (mode.kind === 'outbox') {
    await storeInOutbox(payload, emails)
    return
  }
  let lastError = ''
  for (let attempt = 1; attempt <= retryPolicy.attempts; attempt++) {
    const { error, headers } = await mode.client.batch.send(emails, { idempotencyKey })
    if (!error) return
    const status = (error as { statusCode?: number | null }).statusCode ?? null
    lastError = `${status ?? 'no answer'}: ${error.message}`
    const retryable = status === null || status === 429 || status >= 500
    if (!retryable) throw new BatchFailedError(lastError, false)
    if (attempt === retryPolicy.attempts) break
    const retryAfter = Number(headers?.['retry-after'])
    const backoff = retryPolicy.baseMs() * 2 ** (attempt - 1)
    await sleep(Math.min(retryPolicy.maxMs, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff))
  }
  throw new BatchFailedError(lastError, true)
}
