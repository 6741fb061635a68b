import { Resend } from 'resend'

import { EmailNotConfiguredError } from './emailNotConfigured'

export type DeliveryMode = { kind: 'resend'; client: Resend } | { kind: 'outbox' }

/**
 * Read at send time, not at config build, so a running server (or a test)
 * picks up RESEND_API_KEY / RESEND_BASE_URL as they are now. Without a key,
 * development and tests keep mail in the outbox collection; production refuses.
 */
export function deliveryMode(env: NodeJS.ProcessEnv = process.env): DeliveryMode {
  const key = env.RESEND_API_KEY
  if (key) {
    const baseUrl = env.RESEND_BASE_URL?.replace(/\/$/, '') || undefined
    return { kind: 'resend', client: new Resend(key, baseUrl ? { baseUrl } : undefined) }
  }
  if (env.NODE_ENV === 'production') throw new EmailNotConfiguredError()
  return { kind: 'outbox' }
}
