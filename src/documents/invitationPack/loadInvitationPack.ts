import type { Payload } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import type { Organization, Project, Session } from '../../payload-types'
import { loadDocumentTexts } from '../documentTexts/loadDocumentTexts'
import type { ReadAs } from '../shared/access'
import { type DocumentFile, DOCX, fileName } from '../shared/documentFile'
import { loadQuestions } from '../shared/loadQuestions'
import { populated } from '../shared/relations'
import { formatDate } from '../shared/script'
import { renderInvitationPack } from './renderInvitationPack'

/** The invitation pack in a language: blank for the library, or filled with a planned session's date, place and NGO. */
export async function loadInvitationPack(
  payload: Payload,
  locale: string,
  as: ReadAs,
  session?: Session,
): Promise<DocumentFile> {
  const [texts, themes, t] = await Promise.all([
    loadDocumentTexts(payload, locale, as),
    loadQuestions(payload, locale, as),
    getTranslator('fi', 'documents'),
  ])
  const organization = populated<Organization>(session?.organization)
  const project = populated<Project>(session?.project)
  const data = await renderInvitationPack({
    locale,
    texts: texts.invitation,
    themes,
    details: session
      ? { date: formatDate(session.date, locale), place: session.place ?? undefined, organiser: organization?.name }
      : undefined,
  })
  return {
    data,
    mimetype: DOCX,
    filename: session
      ? fileName([project?.title, session.populationGroup, t('files.invitationPack')], locale, 'docx')
      : fileName([texts.invitation.title], locale, 'docx'),
  }
}
