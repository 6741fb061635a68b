import type { CollectionBeforeValidateHook, CollectionConfig, Field } from 'payload'

import { idOf } from '../access/roles'
import { type FieldProblem, FieldRefusal } from '../errors/FieldRefusal'
import { projectField } from './projectField'

/**
 * What every answer a small group gives on the board shares: the event, the card and the group.
 * A verdict ("more of this / less of that") and a grid placement are each one record per event,
 * card and group, in their own collection (event-verdicts, event-placements) — the one store of
 * the board's answers, whether they come from the board or are typed in from a paper board.
 */
export const boardAnswerFields: Field[] = [
  { name: 'event', type: 'relationship', relationTo: 'decision-events', required: true, index: true },
  projectField({ admin: { position: 'sidebar', readOnly: true, description: 'Taken from the event.' } }),
  { name: 'card', type: 'relationship', relationTo: 'experience-cards', required: true, index: true },
  { name: 'group', type: 'text', required: true, maxLength: 100 },
]

/** One answer per event, card and group: the database keeps it so even when two saves race. */
export const boardAnswerIndexes: NonNullable<CollectionConfig['indexes']> = [
  { fields: ['event', 'card', 'group'], unique: true },
]

type AnswerCollection = 'event-verdicts' | 'event-placements'

/**
 * Checks an answer before it is saved, with a sentence at the field: the event exists, the card is
 * one of the event's own project's cards (another municipality's experiences must not end up in
 * this event's results, which are exported and presented), and the group has not answered this card
 * already (then the earlier answer is the one to change).
 */
export function checkBoardAnswer(collection: AnswerCollection): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req }) => {
    if (!data) return data
    // "Ryhmä 1 " typed by hand is the board's "Ryhmä 1".
    if (typeof data.group === 'string') data.group = data.group.trim()
    const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
    const eventId = idOf(merged.event as string | null)
    const cardId = idOf(merged.card as string | null)
    const group = typeof merged.group === 'string' ? merged.group.trim() : ''
    if (!eventId || !cardId) return data
    const find = (slug: 'decision-events' | 'experience-cards', id: string) =>
      req.payload
        .findByID({ collection: slug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
        .catch(() => null)
    const [event, card] = await Promise.all([find('decision-events', eventId), find('experience-cards', cardId)])
    const problems: FieldProblem[] = []
    if (!event) problems.push({ path: 'event', key: 'errors.eventMissing' })
    else if (!card || idOf(card.project as string) !== idOf(event.project as string))
      problems.push({ path: 'card', key: 'errors.eventCardOfOtherProject' })
    if (!problems.length && group) {
      const { totalDocs } = await req.payload.count({
        collection,
        where: {
          and: [
            { event: { equals: eventId } },
            { card: { equals: cardId } },
            { group: { equals: group } },
            ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) problems.push({ path: 'group', key: 'errors.boardAnswers.taken', values: { group } })
    }
    if (problems.length) throw new FieldRefusal(req, collection, problems)
    return data
  }
}
