import crypto from 'node:crypto'

/** A fresh single-use token for a link; only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}

/**
 * Links that must keep working in every mail (unsubscribe, delete my data)
 * carry the subscriber id signed with the server secret, so nothing per link
 * needs storing and a guessed id is worthless.
 */
export function signedToken(secret: string, purpose: 'unsubscribe' | 'delete', id: string): string {
  const mac = crypto.createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url')
  return `${Buffer.from(id).toString('base64url')}.${mac}`
}

export function verifySignedToken(secret: string, purpose: 'unsubscribe' | 'delete', token: string): string | null {
  const [encodedId, mac] = String(token).split('.')
  if (!encodedId || !mac || token.length > 300) return null
  const id = Buffer.from(encodedId, 'base64url').toString()
  const expected = signedToken(secret, purpose, id).split('.')[1]
  const a = Buffer.from(mac)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? id : null
}

/** Rate-limit keys: keyed so the stored value says nothing about the address or IP. */
export function keyHash(secret: string, kind: string, value: string): string {
  return crypto.createHmac('sha256', secret).update(`${kind}:${value}`).digest('hex')
}
