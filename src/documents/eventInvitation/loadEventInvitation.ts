import type { Payload } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import type { DecisionEvent, Organization, Project } from '../../payload-types'
import { loadDocumentTexts } from '../documentTexts/loadDocumentTexts'
import type { ReadAs } from '../shared/access'
import { type DocumentFile, DOCX, fileName } from '../shared/documentFile'
import { populated } from '../shared/relations'
import { formatDate } from '../shared/script'
import { renderEventInvitation } from './renderEventInvitation'

/** The decision-maker event invitation (Finnish or Swedish): blank for the library, or filled from an event read with depth 1. */
export async function loadEventInvitation(
  payload: Payload,
  locale: string,
  as: ReadAs,
  event?: DecisionEvent,
): Promise<DocumentFile> {
  const [texts, t] = await Promise.all([loadDocumentTexts(payload, locale, as), getTranslator(locale, 'documents')])
  const data = await renderEventInvitation({
    locale,
    texts: texts.eventInvitation,
    blank: texts.invitation.blank,
    event: event
      ? {
          title: event.title,
          date: formatDate(event.date, locale),
          place: event.place ?? undefined,
          programme: (event.programme ?? []).map((p) => ({ time: p.time ?? undefined, item: p.item })),
          invitees: (event.invitees ?? []).map((i) => ({
            group: t(`invitees.${i.group}`),
            organization: populated<Organization>(i.organization)?.name,
            count: i.count,
            why: i.why ?? undefined,
          })),
        }
      : undefined,
  })
  const project = populated<Project>(event?.project)
  return {
    data,
    mimetype: DOCX,
    filename: event
      ? fileName([project?.title ?? event.title, t('files.eventInvitation')], locale, 'docx')
      : fileName([texts.eventInvitation.title], locale, 'docx'),
  }
}
