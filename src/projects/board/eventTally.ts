import type { Payload } from 'payload'

import { idOf } from '../../access/roles'
import type { DecisionEvent } from '../../payload-types'
import { type BoardCard, eventCards } from './eventCards'

export type CardTally = BoardCard & {
  more: number
  less: number
  notes: { group: string; verdict: 'more' | 'less'; note: string }[]
}
export type Placement = { card: string; group: string; x: number; y: number }
export type EventTally = { cards: CardTally[]; groupsAnswered: string[]; placements: Placement[] }

/**
 * Verdicts per card as the facilitator's screen shows them, from the one store
 * of the board's answers (event-verdicts, event-placements): what the groups
 * gave on the board and what the coordinator typed in from a paper board end in
 * one tally. Only the cards selected for the event are counted.
 */
export async function eventTally(payload: Payload, event: DecisionEvent, locale: string): Promise<EventTally> {
  const cards = await eventCards(payload, event, locale)
  const byId = new Map<string, CardTally>(cards.map((c) => [c.id, { ...c, more: 0, less: 0, notes: [] }]))
  const [verdicts, placements] = await Promise.all([
    payload.find({
      collection: 'event-verdicts',
      where: { event: { equals: event.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'createdAt',
    }),
    payload.find({
      collection: 'event-placements',
      where: { event: { equals: event.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'createdAt',
    }),
  ])
  const rows = verdicts.docs.map((v) => ({
    card: idOf(v.card),
    group: v.group,
    verdict: v.verdict,
    note: v.note ?? '',
  }))
  const groups = new Set<string>()
  for (const row of rows) {
    const card = row.card ? byId.get(row.card) : undefined
    if (!card) continue
    groups.add(row.group)
    card[row.verdict] += 1
    if (row.note.trim()) card.notes.push({ group: row.group, verdict: row.verdict, note: row.note })
  }
  return {
    cards: [...byId.values()],
    groupsAnswered: [...groups].sort(),
    placements: placements.docs
      .map((p) => ({ card: idOf(p.card) ?? '', group: p.group, x: p.x, y: p.y }))
      .filter((p) => byId.has(p.card)),
  }
}
