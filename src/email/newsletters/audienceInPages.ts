import type { Payload, Where } from 'payload'

import type { Recipient } from './personalize'

/**
 * The audience a page at a time, in id order (unique, so the cursor never
 * skips or repeats anyone and the same people always fall in the same
 * batches). Pages are short (200, then 300) because SQLite reads one in a
 * single stretch that holds the thread: the first batch leaves at once and
 * answers from Resend never wait long behind a read. Read through the
 * adapter: 10,000 subscribers through the Local API's per-document afterRead
 * would cost seconds for nothing.
 */
export async function* audienceInPages(
  payload: Payload,
  where: Where,
  pageSizes = { first: 200, rest: 300 },
): AsyncGenerator<Recipient[]> {
  let after: string | null = null
  let size = pageSizes.first
  for (;;) {
    const { docs } = (await payload.db.find({
      collection: 'subscribers',
      where: after ? { and: [where, { id: { greater_than: after } }] } : where,
      sort: 'id',
      limit: size,
      pagination: false,
      select: { email: true, language: true },
    })) as unknown as { docs: { id: string; email: string; language?: string | null }[] }
    if (docs.length) yield docs.map((s) => ({ id: String(s.id), email: s.email, language: s.language ?? 'fi' }))
    if (docs.length < size) return
    after = String(docs[docs.length - 1].id)
    size = pageSizes.rest
  }
}
