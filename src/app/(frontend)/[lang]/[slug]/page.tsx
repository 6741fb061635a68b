import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { FallbackNotice } from '@/components/portal/FallbackNotice'
import { RichTextContent } from '@/components/portal/RichTextContent'
import { Shell } from '@/components/portal/Shell'
import { StatusMark } from '@/components/portal/StatusMark'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { contentLocaleCodes, interfaceLocales, isInterfaceLocale } from '@/i18n/locales'
import { buildMetadata } from '@/portal/buildMetadata'
import { loadPage } from '@/portal/loadPage'
import { loadSiteSettings } from '@/portal/loadSiteSettings'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const t = await getTranslator(lang)
  const loaded = await loadPage(await getPayload({ config }), slug, lang)
  if (!loaded) return {}
  const { page } = loaded
  return buildMetadata({
    lang,
    path: `/${slug}`,
    title: page.title,
    siteName: t('siteName'),
    description: page.summary,
    languages: page.kind === 'residents' ? contentLocaleCodes : interfaceLocales,
  })
}

/**
 * Any page from the CMS: the toolkit parts, how to start, the residents' page,
 * contacts, privacy notice and accessibility statement. The residents' page
 * exists in every content language; the others fall back to Finnish and say so.
 */
export default async function ContentPage({ params }: Props) {
  const { lang, slug } = await params
  const payload = await getPayload({ config })
  const loaded = await loadPage(payload, slug, lang)
  if (!loaded) notFound()
  const { page, fellBack, status } = loaded
  if (page.kind === 'home') redirect(`/${lang}`)
  const residents = page.kind === 'residents'
  // The page's own words are in the visitor's language when its text exists there (always for fi/sv/en interface strings).
  const textLang = isInterfaceLocale(lang) || !fellBack.has('content') ? lang : 'fi'
  const uiLang = textLanguage(textLang, 'portal')
  const t = await getTranslator(uiLang, 'portal')
  const settings =
    page.kind === 'contacts' || page.kind === 'accessibility' ? await loadSiteSettings(payload, lang) : null
  return (
    <Shell
      lang={lang}
      path={`/${slug}`}
      languages={residents ? contentLocaleCodes : interfaceLocales}
      textLang={textLang}
    >
      <article>
        {fellBack.size > 0 && textLang === lang && <FallbackNotice lang={lang} />}
        <h1 lang={fellBack.has('title') && textLang === lang ? 'fi' : undefined}>{page.title}</h1>
        {status !== 'missing' && <StatusMark lang={textLang} status={status} />}
        {page.summary && (
          <p className="lead" lang={fellBack.has('summary') && textLang === lang ? 'fi' : undefined}>
            {page.summary}
          </p>
        )}
        <div lang={fellBack.has('content') && textLang === lang ? 'fi' : undefined}>
          <RichTextContent data={page.content} />
        </div>
        {page.kind === 'contacts' && settings?.contacts?.length ? (
          <section aria-labelledby="contacts-title" lang={uiLang !== textLang ? uiLang : undefined}>
            <h2 id="contacts-title">{t('contacts.title')}</h2>
            <ul className="contacts">
              {settings.contacts.map((c) => (
                <li key={c.id ?? c.name}>
                  <strong>{c.name}</strong>
                  {c.title && <>, {c.title}</>}
                  {c.organization && <>, {c.organization}</>}
                  {c.email && (
                    <>
                      <br />
                      {t('contacts.email')}: <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  )}
                  {c.phone && (
                    <>
                      <br />
                      {t('contacts.phone')}: <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {page.kind === 'accessibility' && settings?.accessibilityFeedbackUrl && (
          <section aria-labelledby="feedback-title" className="feedback-box">
            <h2 id="feedback-title">{t('accessibility.feedbackTitle')}</h2>
            <p>{t('accessibility.feedbackText')}</p>
            <p>
              <a href={settings.accessibilityFeedbackUrl}>{t('accessibility.feedbackLink')}</a>
            </p>
          </section>
        )}
      </article>
    </Shell>
  )
}
