import type { CollectionBeforeOperationHook } from 'payload'

import { keyHash } from '../email/tokens'
import { Refusal } from '../errors/Refusal'
import { clientAddress } from '../http/clientAddress'
import { secondsUntilAllowed } from './secondsUntilAllowed'

/**
 * Every "forgot password" request sends an e-mail, so each one counts, whether or not the address
 * has an account (the answer never tells): within an hour, `perAccount` per e-mail address (nobody's
 * inbox gets flooded with reset links) and `perAddress` per client address (no one sends thousands).
 * Beyond that the request is answered 429 with `Retry-After` and a sentence in the person's language,
 * and no e-mail goes. Kept as keyed hashes in the database, like the sign-in throttle.
 */
export const forgotPasswordLimits = { perAccount: 3, perAddress: 10, windowMs: 60 * 60 * 1000 }

export const throttleForgotPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const data = (args as { data?: { email?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const { secret } = req.payload
  const keys = [
    { hash: keyHash(secret, 'forgot:account', email), max: forgotPasswordLimits.perAccount },
    { hash: keyHash(secret, 'forgot:address', clientAddress(req)), max: forgotPasswordLimits.perAddress },
  ]
  const waits = await Promise.all(
    keys.map(({ hash, max }) => secondsUntilAllowed(req, hash, max, forgotPasswordLimits.windowMs)),
  )
  const seconds = Math.max(...waits)
  if (seconds > 0) {
    ;(req.responseHeaders ??= new Headers()).set('Retry-After', String(seconds))
    throw new Refusal(req, 429, 'errors.security.forgotPasswordThrottled', { count: Math.ceil(seconds / 60) })
  }
  for (const { hash } of keys)
    await req.payload.create({ collection: 'signup-attempts', data: { keyHash: hash }, depth: 0, overrideAccess: true })
  return args
}
