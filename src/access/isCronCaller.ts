import { createHash, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * A scheduler calling `/api/payload-jobs/run` with `Authorization: Bearer <CRON_SECRET>`. Without
 * `CRON_SECRET` set, no caller is one. Compared in constant time.
 */
export function isCronCaller(req: Pick<PayloadRequest, 'headers'>): boolean {
  const secret = process.env.CRON_SECRET ?? ''
  if (secret.length < 16) return false
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.get('authorization') ?? '')
  if (!match) return false
  return timingSafeEqual(digest(match[1].trim()), digest(secret))
}
