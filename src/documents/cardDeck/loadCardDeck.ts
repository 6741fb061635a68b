import type { Payload } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import type { DecisionEvent, Project } from '../../payload-types'
import type { ReadAs } from '../shared/access'
import { type DocumentFile, fileName, PPTX } from '../shared/documentFile'
import { loadDeckCards } from './loadDeckCards'
import { renderCardDeck } from './renderCardDeck'

/**
 * A project's experience-card deck. For an event, its selected cards with the
 * event's "more"/"less" tally; for the project, all cards, with the tally of
 * the project's events when asked.
 */
export async function loadCardDeck(
  payload: Payload,
  project: Project,
  locale: string,
  as: ReadAs,
  options: { event?: DecisionEvent; tallyEvents?: DecisionEvent[] } = {},
): Promise<DocumentFile> {
  const t = await getTranslator(locale, 'documents')
  const cards = await loadDeckCards(payload, String(project.id), locale, as, {
    onlySelected: Boolean(options.event),
    events: options.event ? [options.event] : options.tallyEvents,
  })
  const data = await renderCardDeck({ locale, t, title: options.event?.title ?? project.title, cards })
  return {
    data,
    mimetype: PPTX,
    filename: fileName([options.event?.title ?? project.title, t('files.cardDeck')], locale, 'pptx'),
  }
}
