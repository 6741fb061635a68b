import crypto from 'node:crypto'

import type { EmailAdapter, SendEmailOptions } from 'payload'

import { deliveryMode } from './deliveryMode'
import { retryResend } from './retryResend'
import { defaultFromName, senderAddress } from './sender'
import { storeInOutbox } from './storeInOutbox'

type Sent = { id: string | null; outbox: boolean }

/** How long one message may take, all retries included (EMAIL_SEND_TIMEOUT_MS, 10 s by default). */
export function sendTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.EMAIL_SEND_TIMEOUT_MS)
  return Number.isFinite(ms) && ms > 0 ? ms : 10_000
}

/** Resend did not answer in time: the visitor is told to try again later instead of being held. */
export class EmailTimeoutError extends Error {
  constructor(ms: number) {
    super(`Resend did not answer within ${ms} ms`)
    this.name = 'EmailTimeoutError'
  }
}

function addressList(value: SendEmailOptions['to']): string[] {
  if (!value) return []
  const list = Array.isArray(value) ? value : [value]
  return list.map((a) => (typeof a === 'string' ? a : a.address))
}

function headerRecord(headers: SendEmailOptions['headers']): Record<string, string> | undefined {
  if (!headers || Array.isArray(headers)) return undefined
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) {
    if (typeof v === 'string') out[k] = v
    else if (Array.isArray(v)) out[k] = v.join(', ')
    else if (v && typeof v === 'object' && 'value' in v) out[k] = String((v as { value: unknown }).value)
  }
  return out
}

/**
 * Payload's e-mail adapter on the Resend SDK. Environment and sender are read
 * per message (see deliveryMode), so settings changed in the admin apply at once.
 */
export const resendAdapter: EmailAdapter<Sent> = ({ payload }) => ({
  name: 'resend',
  defaultFromAddress: process.env.EMAIL_FROM || 'noreply@example.org',
  defaultFromName,
  sendEmail: async (message) => {
    const mode = deliveryMode()
    const from = await senderAddress(payload)
    const to = addressList(message.to)
    const mail = {
      from,
      to,
      subject: String(message.subject ?? ''),
      html: typeof message.html === 'string' ? message.html : undefined,
      text: typeof message.text === 'string' ? message.text : '',
      headers: headerRecord(message.headers),
    }
    if (mode.kind === 'outbox') {
      const id = await storeInOutbox(payload, [mail])
      return { id: id[0] ?? null, outbox: true }
    }
    // One key for all attempts of this message, so a retry after a lost answer is not a second mail.
    const idempotencyKey = `message-${crypto.randomUUID()}`
    // A single message waits for Resend at most sendTimeoutMs; after that no further attempt is made.
    const ms = sendTimeoutMs()
    let timedOut = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true
        reject(new EmailTimeoutError(ms))
      }, ms)
    })
    const attempts = retryResend(() =>
      timedOut
        ? Promise.resolve({ data: null, error: { message: 'timed out', statusCode: 408 }, headers: null })
        : mode.client.emails.send({ ...mail, html: mail.html ?? mail.text }, { idempotencyKey }),
    )
    attempts.catch(() => undefined)
    try {
      const data = await Promise.race([attempts, deadline])
      return { id: data?.id ?? null, outbox: false }
    } catch (error) {
      if (error instanceof EmailTimeoutError) throw error
      throw new Error(`Resend refused the message: ${(error as Error).message}`, { cause: error })
    } finally {
      clearTimeout(timer)
    }
  },
})
