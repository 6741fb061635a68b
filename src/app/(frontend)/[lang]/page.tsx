import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { FallbackNotice } from '@/components/portal/FallbackNotice'
import { RichTextContent } from '@/components/portal/RichTextContent'
import { Shell } from '@/components/portal/Shell'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { interfaceLocales } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { buildMetadata } from '@/portal/buildMetadata'
import { loadHomeStats } from '@/portal/loadHomeStats'
import { loadPage } from '@/portal/loadPage'
import { loadSiteSettings } from '@/portal/loadSiteSettings'
import { readWithFallback } from '@/portal/readWithFallback'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params
  const t = await getTranslator(lang)
  const loaded = await loadPage(await getPayload({ config }), 'home', lang)
  return buildMetadata({
    lang,
    path: '',
    title: t('siteName'),
    siteName: t('siteName'),
    description: loaded?.page.summary,
    languages: interfaceLocales,
  })
}

const partOrder = ['sessions', 'event', 'monitoring']

export default async function Home({ params }: Props) {
  const { lang } = await params
  const payload = await getPayload({ config })
  const textLang = textLanguage(lang, 'portal')
  const t = await getTranslator(textLang, 'portal')
  // The main area is in one language: the visitor's where the portal speaks it, else Finnish (marked by the shell).
  const c = await getTranslator(textLang)
  const [loaded, stats, parts, settings] = await Promise.all([
    loadPage(payload, 'home', lang),
    loadHomeStats(payload),
    readWithFallback<Page>(payload, {
      collection: 'pages',
      where: { kind: { equals: 'toolkit-part' } },
      lang,
      localizedFields: ['title', 'summary'],
    }),
    loadSiteSettings(payload, lang),
  ])
  if (!loaded) notFound()
  const { page, fellBack } = loaded
  const pageLang = fellBack.has('content') ? 'fi' : undefined
  const steps = [...parts.docs].sort((a, b) => partOrder.indexOf(a.part ?? '') - partOrder.indexOf(b.part ?? ''))
  return (
    <Shell lang={lang} path="" textLang={textLang}>
      {fellBack.size > 0 && textLang === lang && <FallbackNotice lang={lang} />}
      <div lang={pageLang}>
        <h1 lang={fellBack.has('title') ? 'fi' : undefined}>{page.title}</h1>
        {page.summary && <p className="lead">{page.summary}</p>}
      </div>
      <section aria-labelledby="parts-title" className="steps">
        <h2 id="parts-title">{t('home.partsTitle')}</h2>
        <ol>
          {steps.map((p, i) => {
            const missing = parts.fellBack.get(String(p.id))
            return (
              <li key={p.id} className="step">
                <span className="step__number">{t('home.step', { n: i + 1 })}</span>
                <h3 lang={missing?.has('title') ? 'fi' : undefined}>
                  <a href={`/${lang}/${p.slug}`}>{p.title}</a>
                </h3>
                {p.summary && <p lang={missing?.has('summary') ? 'fi' : undefined}>{p.summary}</p>}
              </li>
            )
          })}
        </ol>
      </section>
      <section aria-labelledby="used-title">
        <h2 id="used-title">{t('home.usedTitle')}</h2>
        <ul className="stats">
          <li>
            <strong>{stats.municipalities}</strong> {t('home.statMunicipalities')}
          </li>
          <li>
            <strong>{stats.languages}</strong> {t('home.statLanguages')}
          </li>
          <li>
            <strong>{stats.materials}</strong> {t('home.statMaterials')}
          </li>
        </ul>
        <p>
          <a href={`/${lang}/municipalities`}>{t('home.seeMunicipalities')}</a>
        </p>
      </section>
      <div lang={pageLang}>
        <RichTextContent data={page.content} />
      </div>
      <section aria-labelledby="start-title">
        <h2 id="start-title">{t('home.startTitle')}</h2>
        <p>
          <a href={`/${lang}/how-to-start`}>{t('home.startLink')}</a>
        </p>
      </section>
      <section aria-labelledby="join-title">
        <h2 id="join-title">{t('home.joinTitle')}</h2>
        <ul className="follow">
          {settings.linkedinUrl && (
            <li>
              <a href={settings.linkedinUrl}>{c('footer.linkedin')}</a>
            </li>
          )}
          <li>
            <a href={`/${lang}/subscribe`}>{c('footer.subscribe')}</a>
          </li>
          <li>
            <a href={`/${lang}/workspace`}>{c('footer.workspace')}</a>
          </li>
        </ul>
      </section>
    </Shell>
  )
}
