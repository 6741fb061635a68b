import type { ServerFieldBase } from 'payload'
import React from 'react'

import { requestLanguage } from '../../http/requestLanguage'
import { getTranslator } from '../../i18n/getTranslator'
import type { DocumentLinksKind } from './documentLinksField'
import { ScribeFormUpload } from './ScribeFormUpload'

type Props = ServerFieldBase & { kind: DocumentLinksKind }

const links: Record<DocumentLinksKind, { key: string; href: (id: string) => string }[]> = {
  sessions: [
    { key: 'sessionScribeForm', href: (id) => `/api/documents/sessions/${id}/scribe-form.docx` },
    { key: 'sessionInvitation', href: (id) => `/api/documents/sessions/${id}/invitation.docx` },
  ],
  projects: [
    { key: 'projectCardDeck', href: (id) => `/api/documents/projects/${id}/card-deck.pptx` },
    { key: 'projectResultsFi', href: (id) => `/api/documents/projects/${id}/results.pptx?lang=fi` },
    { key: 'projectResultsSv', href: (id) => `/api/documents/projects/${id}/results.pptx?lang=sv` },
  ],
  'decision-events': [
    { key: 'eventInvitationFi', href: (id) => `/api/documents/events/${id}/invitation.docx?lang=fi` },
    { key: 'eventInvitationSv', href: (id) => `/api/documents/events/${id}/invitation.docx?lang=sv` },
    { key: 'eventCardDeck', href: (id) => `/api/documents/events/${id}/card-deck.pptx` },
    { key: 'eventGrid', href: (id) => `/api/documents/events/${id}/grid.pptx` },
  ],
}

/** The generated documents of the record being edited, in the admin's interface language. */
export async function DocumentLinks({ id, i18n, kind }: Props) {
  const lang = requestLanguage({ i18n }, 'admin')
  const t = await getTranslator(lang, 'documents')
  return (
    <section className="field-type" aria-labelledby="generated-documents-heading" lang={lang}>
      <h3 id="generated-documents-heading">{t('admin.heading')}</h3>
      {id ? (
        <>
          <ul>
            {links[kind].map((link) => (
              <li key={link.key}>
                <a href={link.href(String(id))} download>
                  {t(`admin.${link.key}`)}
                </a>
              </li>
            ))}
          </ul>
          {kind === 'sessions' ? (
            <ScribeFormUpload
              sessionId={String(id)}
              label={t('admin.sessionUpload')}
              button={t('admin.uploadButton')}
            />
          ) : null}
        </>
      ) : (
        <p>{t('admin.saveFirst')}</p>
      )}
    </section>
  )
}
