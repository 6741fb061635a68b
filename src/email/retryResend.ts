export class ResendFailedError extends Error {
  constructor(
    message: string,
    /** False for refusals that no retry will change (a 4xx other than 429). */
    readonly retryable: boolean,
  ) {
    super(message)
    this.name = 'ResendFailedError'
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export const retryPolicy = {
  attempts: 5,
  /** Doubled after each failure; EMAIL_RETRY_BASE_MS lets tests wait milliseconds instead of seconds. */
  baseMs: () => Number(process.env.EMAIL_RETRY_BASE_MS ?? 500),
  maxMs: 30_000,
}

type ResendResult<T> = { data: T | null; error: { message: string } | null; headers: Record<string, string> | null }

/**
 * Calls Resend until it answers: 429, 5xx and lost connections are retried
 * with exponential back-off (honouring Retry-After). The caller passes the same
 * idempotency key on every attempt, so a request that did reach Resend before
 * its answer was lost is not acted on twice.
 */
export async function retryResend<T>(call: () => Promise<ResendResult<T>>): Promise<T | null> {
  let lastError = ''
  for (let attempt = 1; attempt <= retryPolicy.attempts; attempt++) {
    const { data, error, headers } = await call()
    if (!error) return data
    const status = (error as { statusCode?: number | null }).statusCode ?? null
    lastError = `${status ?? 'no answer'}: ${error.message}`
    const retryable = status === null || status === 429 || status >= 500
    if (!retryable) throw new ResendFailedError(lastError, false)
    if (attempt === retryPolicy.attempts) break
    const retryAfter = Number(headers?.['retry-after'])
    const backoff = retryPolicy.baseMs() * 2 ** (attempt - 1)
    await sleep(
      Math.min(retryPolicy.maxMs, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff),
    )
  }
  throw new ResendFailedError(lastError, true)
}
