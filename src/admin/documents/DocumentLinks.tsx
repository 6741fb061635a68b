import type { ServerFieldBase } from 'payload'
import React from 'react'

import { idOf } from '../../documents/shared/relations'
import { requestLanguage } from '../../http/requestLanguage'
import { getTranslator } from '../../i18n/getTranslator'
import { isContentLocale } from '../../i18n/locales'
import styles from './DocumentLinks.module.css'
import type { DocumentLinksKind } from './documentLinksField'
import { ScribeFormUpload } from './ScribeFormUpload'

type Props = ServerFieldBase & { kind: DocumentLinksKind }

type Link = { key: string; href: string; lang: string }

/** The decision-maker event and the results are made in the municipality's official languages. */
const officialLanguages = ['fi', 'sv'] as const

/** Each document in each language it is offered in: a session's in its own language and in Finnish. */
function linksFor(kind: DocumentLinksKind, id: string, sessionLanguage: string | null): Link[] {
  const each = (key: string, languages: readonly string[], path: (lang: string) => string) =>
    languages.map((lang) => ({ key, lang, href: path(lang) }))
  if (kind === 'sessions') {
    const languages = [...new Set([sessionLanguage, 'fi'].filter((l): l is string => Boolean(l)))]
    return [
      ...each('sessionScribeForm', languages, (l) => `/api/documents/sessions/${id}/scribe-form.docx?lang=${l}`),
      ...each('sessionInvitation', languages, (l) => `/api/documents/sessions/${id}/invitation.docx?lang=${l}`),
    ]
  }
  if (kind === 'projects') {
    return [
      ...each('projectCardDeck', officialLanguages, (l) => `/api/documents/projects/${id}/card-deck.pptx?lang=${l}`),
      ...each(
        'projectCardDeckTally',
        officialLanguages,
        (l) => `/api/documents/projects/${id}/card-deck.pptx?lang=${l}&tally=true`,
      ),
      ...each('projectResults', officialLanguages, (l) => `/api/documents/projects/${id}/results.pptx?lang=${l}`),
    ]
  }
  return [
    ...each('eventInvitation', officialLanguages, (l) => `/api/documents/events/${id}/invitation.docx?lang=${l}`),
    ...each('eventCardDeck', officialLanguages, (l) => `/api/documents/events/${id}/card-deck.pptx?lang=${l}`),
    ...each('eventGrid', officialLanguages, (l) => `/api/documents/events/${id}/grid.pptx?lang=${l}`),
  ]
}

/** The session's language code, read as the person editing, or null when it has none. */
async function sessionLanguageOf(props: Props): Promise<string | null> {
  const languageId = idOf(props.data?.language)
  if (!languageId) return null
  const language = await props.payload
    .findByID({
      collection: 'languages',
      id: languageId,
      depth: 0,
      overrideAccess: false,
      user: props.user,
      disableErrors: true,
    })
    .catch(() => null)
  return language?.code ?? null
}

/**
 * The generated documents of the record being edited, each in the languages
 * it is offered in, in the admin's interface language; on a session, also
 * the upload of its filled-in scribe form.
 */
export async function DocumentLinks(props: Props) {
  const { id, i18n, kind } = props
  const lang = requestLanguage({ i18n }, 'admin')
  const t = await getTranslator(lang, 'documents')
  const languageName = (code: string) => new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code
  const sessionLanguage = kind === 'sessions' && id ? await sessionLanguageOf(props) : null
  // A session held in a language the documents are not made in (Dari, Tigrinya, ...) gets the Finnish ones.
  const madeIn = sessionLanguage && isContentLocale(sessionLanguage) ? sessionLanguage : null
  return (
    <section className={styles.box} aria-labelledby="generated-documents-heading" lang={lang}>
      <h3 id="generated-documents-heading" className={styles.heading}>
        {t('admin.heading')}
      </h3>
      {id ? (
        <>
          {sessionLanguage && !madeIn ? (
            <p className={styles.note}>{t('admin.notMaterialLanguage', { language: languageName(sessionLanguage) })}</p>
          ) : null}
          <ul className={styles.links}>
            {linksFor(kind, String(id), madeIn).map((link) => (
              <li key={link.href}>
                <a href={link.href} hrefLang={link.lang} download>
                  {t(`admin.${link.key}`, { language: languageName(link.lang) })}
                </a>
              </li>
            ))}
          </ul>
          {kind === 'sessions' ? (
            <ScribeFormUpload
              sessionId={String(id)}
              language={lang}
              labels={{
                heading: t('admin.uploadHeading'),
                label: t('admin.uploadLabel'),
                hint: t('admin.uploadHint'),
                button: t('admin.uploadButton'),
                chooseFirst: t('admin.uploadChooseFirst'),
                reading: t('admin.uploadReading'),
                openReport: t('admin.uploadOpenReport'),
                network: t('admin.uploadNetwork'),
              }}
            />
          ) : null}
        </>
      ) : (
        <p className={styles.note}>{t('admin.saveFirst')}</p>
      )}
    </section>
  )
}
