import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, Payload, PayloadRequest } from 'payload'

import { keyHash } from '../email/tokens'
import { Refusal } from '../errors/Refusal'
import { clientAddress } from '../http/clientAddress'
import { secondsUntilAllowed } from './secondsUntilAllowed'

/**
 * Failed sign-ins are throttled instead of locking the account (Payload's `maxLoginAttempts` let
 * anyone lock the admin out by typing a wrong password ten times). Within `windowMs`, counted per
 * keyed hash in the `signup-attempts` collection, so that every server of an installation shares
 * them and no address or e-mail address is stored in the clear:
 *
 * - one client address may fail `perAddress` times, whatever the accounts;
 * - one client address may fail `perPair` times on one account;
 * - one account may fail `perAccount` times from all addresses together, which takes several
 *   addresses: one stranger alone cannot keep an account's owner out.
 *
 * Beyond that, a sign-in is answered 429 with `Retry-After` and a sentence in the person's language,
 * without checking the password. Each attempt is recorded before the password is checked (parallel
 * guesses count too) and its records are removed again when it succeeds, so only failures count.
 */
export const loginLimits = { perAddress: 20, perPair: 5, perAccount: 30, windowMs: 15 * 60 * 1000 }

type Keys = { address: string; pair: string; account: string }
const contextKey = 'loginAttemptIds'

function keysOf(payload: Payload, req: PayloadRequest, email: string): Keys {
  const address = clientAddress(req)
  return {
    address: keyHash(payload.secret, 'login:address', address),
    pair: keyHash(payload.secret, 'login:pair', `${email}\n${address}`),
    account: keyHash(payload.secret, 'login:account', email),
  }
}

export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const keys = keysOf(req.payload, req, email)
  const waits = await Promise.all([
    secondsUntilAllowed(req, keys.address, loginLimits.perAddress, loginLimits.windowMs),
    secondsUntilAllowed(req, keys.pair, loginLimits.perPair, loginLimits.windowMs),
    secondsUntilAllowed(req, keys.account, loginLimits.perAccount, loginLimits.windowMs),
  ])
  const seconds = Math.max(...waits)
  if (seconds > 0) {
    ;(req.responseHeaders ??= new Headers()).set('Retry-After', String(seconds))
    throw new Refusal(req, 429, 'errors.security.loginThrottled', { count: Math.ceil(seconds / 60) })
  }
  const ids: (string | number)[] = []
  for (const hash of [keys.address, keys.pair, keys.account]) {
    const doc = await req.payload.create({
      collection: 'signup-attempts',
      data: { keyHash: hash },
      depth: 0,
      overrideAccess: true,
    })
    ids.push(doc.id)
  }
  req.context[contextKey] = ids
  return args
}

/** A successful sign-in was not a failure: its records go. */
export const forgetSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const ids = req.context[contextKey] as (string | number)[] | undefined
  if (ids?.length)
    await req.payload.delete({
      collection: 'signup-attempts',
      where: { id: { in: ids } },
      depth: 0,
      overrideAccess: true,
      req,
    })
  return user
}
