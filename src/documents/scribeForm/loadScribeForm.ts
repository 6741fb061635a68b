import type { Payload } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import type { Language, Organization, Project, Session } from '../../payload-types'
import { loadDocumentTexts } from '../documentTexts/loadDocumentTexts'
import type { ReadAs } from '../shared/access'
import { type DocumentFile, DOCX, fileName } from '../shared/documentFile'
import { loadQuestions } from '../shared/loadQuestions'
import { populated } from '../shared/relations'
import { formatDate } from '../shared/script'
import { renderScribeForm } from './renderScribeForm'

/**
 * The scribe form in a language: blank for the library, or, given a session
 * (read with its project, language and NGO), filled with its details and
 * bound to it so an upload for another session is refused.
 */
export async function loadScribeForm(
  payload: Payload,
  locale: string,
  as: ReadAs,
  session?: Session,
): Promise<DocumentFile> {
  const [texts, finnishTexts, themes, t] = await Promise.all([
    loadDocumentTexts(payload, locale, as),
    loadDocumentTexts(payload, 'fi', as),
    loadQuestions(payload, locale, as),
    getTranslator('fi', 'documents'),
  ])
  const project = populated<Project>(session?.project)
  const language = populated<Language>(session?.language)
  const data = await renderScribeForm({
    locale,
    texts: texts.scribeForm,
    finnishTexts: finnishTexts.scribeForm,
    themes,
    sessionId: session ? String(session.id) : undefined,
    header: session
      ? {
          project: project?.title,
          session: session.title ?? undefined,
          populationGroup: session.populationGroup,
          language: language ? `${language.nativeName} (${language.code})` : undefined,
          date: formatDate(session.date, locale),
          participants: session.participantCount,
        }
      : {},
  })
  const organization = populated<Organization>(session?.organization)
  return {
    data,
    mimetype: DOCX,
    filename: session
      ? fileName([project?.title ?? organization?.name, session.populationGroup, t('files.scribeForm')], locale, 'docx')
      : fileName([texts.scribeForm.title], locale, 'docx'),
  }
}
