import type { Payload } from 'payload'

import { keyHash } from '../tokens'

export const limits = { perAddress: 3, perIp: 10, windowMs: 60 * 60 * 1000 }

export type RateKeys = { kind: string; address?: string; ip: string }

function hashesOf(payload: Payload, keys: RateKeys) {
  return {
    address: keys.address ? keyHash(payload.secret, `${keys.kind}:address`, keys.address) : null,
    ip: keyHash(payload.secret, `${keys.kind}:ip`, keys.ip),
  }
}

async function countSince(payload: Payload, hash: string, since: Date): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'signup-attempts',
    where: { and: [{ keyHash: { equals: hash } }, { createdAt: { greater_than: since.toISOString() } }] },
  })
  return totalDocs
}

/** True when this address or IP has used up its hourly sign-ups; a refused attempt is not recorded. */
export async function isRateLimited(payload: Payload, keys: RateKeys): Promise<boolean> {
  const since = new Date(Date.now() - limits.windowMs)
  const hashes = hashesOf(payload, keys)
  if (hashes.address && (await countSince(payload, hashes.address, since)) >= limits.perAddress) return true
  return (await countSince(payload, hashes.ip, since)) >= limits.perIp
}

export async function recordAttempt(payload: Payload, keys: RateKeys): Promise<void> {
  const hashes = hashesOf(payload, keys)
  for (const hash of [hashes.address, hashes.ip]) {
    if (hash) await payload.create({ collection: 'signup-attempts', data: { keyHash: hash }, depth: 0 })
  }
}
