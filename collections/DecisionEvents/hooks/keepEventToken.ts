import crypto from 'node:crypto'

import type { FieldHook } from 'payload'

/**
 * The board and survey links carry a secret instead of an account, so the
 * token is made here (32 random bytes, base64url) and whatever a client sends
 * for it is ignored: nobody can pick a guessable token or take over another
 * event's link.
 */
export const keepEventToken: FieldHook = ({ originalDoc, field }) => {
  const name = (field as { name: string }).name
  const existing = (originalDoc as Record<string, unknown> | undefined)?.[name]
  if (typeof existing === 'string' && existing.length >= 40) return existing
  return crypto.randomBytes(32).toString('base64url')
}
