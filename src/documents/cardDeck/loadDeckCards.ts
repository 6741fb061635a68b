import type { Payload, Where } from 'payload'

import type { DecisionEvent, ExperienceCard, Session, Theme } from '../../payload-types'
import { type ReadAs, readOptions } from '../shared/access'
import { idOf, populated } from '../shared/relations'
import type { DeckCard } from './renderCardDeck'

/**
 * A project's experience cards as the deck shows them, in card order, with
 * theme names in the deck's language. With events, each card carries its
 * "more"/"less" tally summed over the events' verdicts (the event-verdicts
 * collection, the one store of the board's answers, read as the person asking).
 */
export async function loadDeckCards(
  payload: Payload,
  projectId: string,
  locale: string,
  as: ReadAs,
  options: { onlySelected?: boolean; events?: DecisionEvent[] } = {},
): Promise<(DeckCard & { id: string; themeId: string | null; selected: boolean })[]> {
  const where: Where = options.onlySelected
    ? { and: [{ project: { equals: projectId } }, { selectedForEvent: { equals: true } }] }
    : { project: { equals: projectId } }
  const { docs } = await payload.find({
    collection: 'experience-cards',
    where,
    sort: 'order',
    limit: 0,
    pagination: false,
    depth: 1,
    locale: locale as never,
    ...readOptions(as),
  })
  const tallies = new Map<string, { more: number; less: number }>()
  const eventIds = (options.events ?? []).map((e) => e.id)
  if (eventIds.length) {
    const verdicts = await payload.find({
      collection: 'event-verdicts',
      where: { event: { in: eventIds } },
      limit: 0,
      pagination: false,
      depth: 0,
      select: { card: true, verdict: true },
      ...readOptions(as),
    })
    for (const v of verdicts.docs) {
      const id = idOf(v.card)
      if (!id) continue
      const tally = tallies.get(id) ?? { more: 0, less: 0 }
      tally[v.verdict] += 1
      tallies.set(id, tally)
    }
  }
  return (docs as ExperienceCard[]).map((card) => {
    const theme = populated<Theme>(card.theme)
    return {
      id: String(card.id),
      themeId: idOf(card.theme),
      selected: Boolean(card.selectedForEvent),
      text: card.text,
      theme: { name: theme?.name ?? '', colour: theme?.colour ?? '#2A6EBB' },
      tone: card.tone,
      populationGroup: card.populationGroup || populated<Session>(card.sourceSession)?.populationGroup || undefined,
      tally: options.events ? (tallies.get(String(card.id)) ?? { more: 0, less: 0 }) : undefined,
    }
  })
}
