import type { Payload } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import type { DecisionEvent, Language, Project, Session } from '../../payload-types'
import { loadDeckCards } from '../cardDeck/loadDeckCards'
import { type ReadAs, readOptions } from '../shared/access'
import { type DocumentFile, fileName, PPTX } from '../shared/documentFile'
import { populated } from '../shared/relations'
import { formatDate } from '../shared/script'
import { renderResultsPresentation } from './renderResultsPresentation'

/** A project's results presentation in Finnish or Swedish, from its sessions, cards and decision-maker event. */
export async function loadResultsPresentation(
  payload: Payload,
  project: Project,
  locale: string,
  as: ReadAs,
): Promise<DocumentFile> {
  const read = readOptions(as)
  const projectId = String(project.id)
  const [t, sessions, themes, cards, events] = await Promise.all([
    getTranslator(locale, 'documents'),
    payload.find({
      collection: 'sessions',
      where: { and: [{ project: { equals: projectId } }, { status: { not_equals: 'cancelled' } }] },
      sort: 'date',
      limit: 0,
      pagination: false,
      depth: 1,
      locale: locale as never,
      ...read,
    }),
    payload.find({
      collection: 'themes',
      sort: 'order',
      limit: 0,
      pagination: false,
      depth: 0,
      locale: locale as never,
      ...read,
    }),
    loadDeckCards(payload, projectId, locale, as),
    payload.find({
      collection: 'decision-events',
      where: { project: { equals: projectId } },
      sort: 'date',
      limit: 1,
      depth: 0,
      ...read,
    }),
  ])
  const themeCounts = themes.docs.map((theme) => {
    const own = cards.filter((c) => c.themeId === String(theme.id))
    return {
      name: theme.name,
      colour: theme.colour,
      positive: own.filter((c) => c.tone === 'positive').length,
      negative: own.filter((c) => c.tone === 'negative').length,
    }
  })
  const event = events.docs[0] as DecisionEvent | undefined
  const data = await renderResultsPresentation({
    locale,
    t,
    projectTitle: project.title,
    sessions: (sessions.docs as Session[]).map((s) => {
      const language = populated<Language>(s.language)
      return {
        language: language?.name || language?.code || '',
        populationGroup: s.populationGroup,
        participants: s.participantCount ?? 0,
      }
    }),
    themes: themeCounts,
    selectedCards: cards.filter((c) => c.selected),
    event: event
      ? { title: event.title, date: formatDate(event.date, locale), place: event.place ?? undefined }
      : undefined,
  })
  return { data, mimetype: PPTX, filename: fileName([project.title, t('files.results')], locale, 'pptx') }
}
