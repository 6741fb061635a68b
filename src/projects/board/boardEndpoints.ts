import type { Endpoint, PayloadRequest } from 'payload'

import { endpoint, readBody, refuse, requestLanguage } from '../../http'
import { getTranslator } from '../../i18n/getTranslator'
import { loadBoardAxes } from '../../portal/loadBoardAxes'
import { eventCards } from './eventCards'
import { eventTally } from './eventTally'
import { findEventByToken } from './findEventByToken'

const MAX_NOTE = 2000

/** The board is a public page: answers and refusals are in the board's language (`?lang=`). */
const visitor = { from: 'visitor' } as const

async function openEvent(req: PayloadRequest) {
  const token = String(req.routeParams?.token ?? '')
  return findEventByToken(req.payload, 'board', token, requestLanguage(req, 'visitor'))
}

/** The group name the board sends: one of the event's small groups when it has them. */
function groupOf(body: Record<string, unknown>, names: string[]): string | null {
  const group = typeof body.group === 'string' ? body.group.trim() : ''
  if (!group || group.length > 100) return null
  if (names.length > 0 && !names.includes(group)) return null
  return group
}

/**
 * Writes one group's answer for one card: the one record per event, card and group (the collections
 * keep that unique), replacing the group's earlier answer for the card. When the same group's phone
 * and tablet answer at the same moment, the save that loses the race updates the record the other
 * made.
 */
async function upsertOwn(
  req: PayloadRequest,
  collection: 'event-verdicts' | 'event-placements',
  key: { event: string; card: string; group: string },
  data: Record<string, unknown>,
) {
  const existing = async () =>
    (
      await req.payload.find({
        collection,
        where: {
          and: [{ event: { equals: key.event } }, { card: { equals: key.card } }, { group: { equals: key.group } }],
        },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const update = (id: string | number) =>
    req.payload.update({ collection, id, data: data as never, overrideAccess: true, depth: 0 })
  const found = await existing()
  if (found) return update(found.id)
  try {
    return await req.payload.create({ collection, data: { ...key, ...data } as never, overrideAccess: true, depth: 0 })
  } catch (error) {
    const raced = await existing()
    if (!raced) throw error
    return update(raced.id)
  }
}

/**
 * The facilitation board's API. Everything is keyed by the board token; the
 * event found by it is the only one these handlers read or write.
 */
export const boardEndpoints: Endpoint[] = [
  {
    path: '/event-board/:token',
    method: 'get',
    handler: endpoint('visitor', async (req) => {
      const found = await openEvent(req)
      if (!found.ok) return refuse(req, found.status, `event:errors.${found.reason}`, visitor)
      const { event } = found
      const lang = requestLanguage(req, 'visitor')
      return Response.json({
        title: event.title,
        groups: (event.smallGroups ?? []).map((g) => g.name),
        axes: await loadBoardAxes(req.payload, event, lang, await getTranslator(lang, 'event')),
        cards: await eventCards(req.payload, event, lang),
      })
    }),
  },
  {
    path: '/event-board/:token/tally',
    method: 'get',
    handler: endpoint('visitor', async (req) => {
      const found = await openEvent(req)
      if (!found.ok) return refuse(req, found.status, `event:errors.${found.reason}`, visitor)
      return Response.json({
        title: found.event.title,
        ...(await eventTally(req.payload, found.event, requestLanguage(req, 'visitor'))),
      })
    }),
  },
  {
    path: '/event-board/:token/verdicts',
    method: 'post',
    handler: endpoint('visitor', async (req) => {
      const found = await openEvent(req)
      if (!found.ok) return refuse(req, found.status, `event:errors.${found.reason}`, visitor)
      const { event } = found
      const body = await readBody(req, visitor)
      const cards = await eventCards(req.payload, event, 'fi')
      const card = cards.find((c) => c.id === String(body.card ?? ''))
      const group = groupOf(
        body,
        (event.smallGroups ?? []).map((g) => g.name),
      )
      const verdict = body.verdict === 'more' || body.verdict === 'less' ? body.verdict : null
      const note = typeof body.note === 'string' ? body.note.trim() : ''
      if (!card) return refuse(req, 400, 'event:errors.unknownCard', visitor)
      if (!group) return refuse(req, 400, 'event:errors.unknownGroup', visitor)
      if (!verdict || note.length > MAX_NOTE) return refuse(req, 400, 'event:errors.invalid', visitor)
      const saved = await upsertOwn(
        req,
        'event-verdicts',
        { event: String(event.id), card: card.id, group },
        { verdict, note },
      )
      return Response.json({ id: saved.id, card: card.id, group, verdict }, { status: 201 })
    }),
  },
  {
    path: '/event-board/:token/placements',
    method: 'post',
    handler: endpoint('visitor', async (req) => {
      const found = await openEvent(req)
      if (!found.ok) return refuse(req, found.status, `event:errors.${found.reason}`, visitor)
      const { event } = found
      const body = await readBody(req, visitor)
      const cards = await eventCards(req.payload, event, 'fi')
      const card = cards.find((c) => c.id === String(body.card ?? ''))
      const group = groupOf(
        body,
        (event.smallGroups ?? []).map((g) => g.name),
      )
      const x = Number(body.x)
      const y = Number(body.y)
      if (!card) return refuse(req, 400, 'event:errors.unknownCard', visitor)
      if (!group) return refuse(req, 400, 'event:errors.unknownGroup', visitor)
      if (![x, y].every((v) => Number.isFinite(v) && v >= -1 && v <= 1))
        return refuse(req, 400, 'event:errors.invalid', visitor)
      const saved = await upsertOwn(
        req,
        'event-placements',
        { event: String(event.id), card: card.id, group },
        { x, y },
      )
      return Response.json({ id: saved.id, card: card.id, group, x, y }, { status: 201 })
    }),
  },
]
