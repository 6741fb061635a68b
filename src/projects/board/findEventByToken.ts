import type { Payload } from 'payload'

import type { DecisionEvent } from '../../payload-types'

export type TokenKind = 'board' | 'survey'

export type TokenLookup =
  { ok: true; event: DecisionEvent } | { ok: false; status: 404 | 409 | 410; reason: 'notFound' | 'notOpen' | 'closed' }

/**
 * The one event a board or survey link opens. Looked up with overrideAccess
 * because the secret token is the permission; everything the caller then does
 * is limited to this event. Only an open event answers: a planned one is not
 * ready yet and a closed one's links are stale.
 */
export async function findEventByToken(
  payload: Payload,
  kind: TokenKind,
  token: string,
  locale = 'fi',
): Promise<TokenLookup> {
  if (!/^[A-Za-z0-9_-]{40,}$/.test(token)) return { ok: false, status: 404, reason: 'notFound' }
  const field = kind === 'board' ? 'boardToken' : 'surveyToken'
  const { docs } = await payload.find({
    collection: 'decision-events',
    where: { [field]: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    locale: locale as 'fi',
  })
  const event = docs[0]
  if (!event || event[field] !== token) return { ok: false, status: 404, reason: 'notFound' }
  if (event.status === 'closed') return { ok: false, status: 410, reason: 'closed' }
  if (event.status !== 'open') return { ok: false, status: 409, reason: 'notOpen' }
  return { ok: true, event }
}
