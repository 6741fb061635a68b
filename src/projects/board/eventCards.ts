import type { Payload } from 'payload'

import { idOf } from '../../access/roles'
import type { DecisionEvent } from '../../payload-types'

export type BoardCard = { id: string; text: string; theme: string; tone: 'positive' | 'negative' }

/** The cards the coordinator chose for the event, in the coordinator's order, with the theme's name in `locale`. */
export async function eventCards(payload: Payload, event: DecisionEvent, locale: string): Promise<BoardCard[]> {
  const { docs } = await payload.find({
    collection: 'experience-cards',
    where: { and: [{ project: { equals: idOf(event.project) } }, { selectedForEvent: { equals: true } }] },
    sort: 'order',
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    locale: locale as 'fi',
    fallbackLocale: 'fi',
    select: { text: true, theme: true, tone: true, order: true },
  })
  return docs.map((card) => ({
    id: String(card.id),
    text: card.text,
    theme: typeof card.theme === 'object' && card.theme ? String((card.theme as { name?: string }).name ?? '') : '',
    tone: card.tone,
  }))
}
