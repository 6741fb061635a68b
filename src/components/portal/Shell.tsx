import config from '@payload-config'
import { getPayload } from 'payload'
import { cache, type ReactNode } from 'react'

import { getTranslator } from '@/i18n/getTranslator'
import { directionOf, interfaceLocales } from '@/i18n/locales'
import { loadSiteSettings } from '@/portal/loadSiteSettings'

import { SiteHeader } from './SiteHeader'

export type ShellProps = {
  lang: string
  /** This page's address without the language prefix, for the language switcher. */
  path: string
  /** Languages this page exists in; the interface languages unless the page says otherwise. */
  languages?: readonly string[]
  /** The language the page's own text is in; when it is not `lang`, the main area is marked and the visitor told. */
  textLang?: string
  children: ReactNode
}

/**
 * Header with navigation, language switcher and search (folded behind a menu
 * button on a phone); the main area; footer with the ways to follow the work.
 */
export async function Shell({ lang, path, languages = interfaceLocales, textLang = lang, children }: ShellProps) {
  const t = await getTranslator(lang)
  const frame = await frameOf(lang)
  const otherText = textLang !== lang
  return (
    <>
      <SiteHeader
        lang={lang}
        path={path}
        languages={languages}
        siteName={frame.siteName}
        nav={frame.nav}
        labels={frame.labels}
      />
      {otherText && (
        <p className="notice notice--language" role="note">
          {t('finnishOnly')}
        </p>
      )}
      <main
        id="main"
        tabIndex={-1}
        lang={otherText ? textLang : undefined}
        dir={otherText ? directionOf(textLang) : undefined}
      >
        {children}
      </main>
      {frame.footer}
    </>
  )
}

/**
 * The header's words and the footer, made once per request and language: Next.js renders every
 * page beside its 404 tree, both in a Shell, and React's payload sends an object it has already
 * sent as a reference to the first, so the second Shell costs the page a few bytes (issue 13).
 */
const frameOf = cache(async function frameOf(lang: string) {
  const t = await getTranslator(lang)
  const settings = await loadSiteSettings(await getPayload({ config }), lang)
  const nav: [string, string][] = [
    ['', t('nav.home')],
    ['/discussion-sessions', t('nav.sessions')],
    ['/decision-maker-event', t('nav.event')],
    ['/monitoring-and-evaluation', t('nav.monitoring')],
    ['/how-to-start', t('nav.howToStart')],
    ['/library', t('nav.library')],
    ['/municipalities', t('nav.municipalities')],
    ['/languages', t('nav.languages')],
    ['/for-residents', t('nav.residents')],
    ['/contacts', t('nav.contacts')],
  ]
  return {
    siteName: t('siteName'),
    nav,
    labels: {
      switcher: t('switcher.label'),
      menu: t('menu'),
      nav: t('nav.label'),
      search: t('search.label'),
      searchButton: t('search.button'),
    },
    footer: (
      <footer className="site-footer">
        <nav aria-label={t('footer.label')}>
          <h2>{t('footer.follow')}</h2>
          <ul>
            {settings?.linkedinUrl && (
              <li>
                <a href={settings.linkedinUrl}>{t('footer.linkedin')}</a>
              </li>
            )}
            <li>
              <a href={`/${lang}/subscribe`}>{t('footer.subscribe')}</a>
            </li>
            <li>
              <a href={`/${lang}/workspace`}>{t('footer.workspace')}</a>
            </li>
            <li>
              <a href={`/${lang}/contacts`}>{t('nav.contacts')}</a>
            </li>
            <li>
              <a href={`/${lang}/privacy-notice`}>{t('footer.privacy')}</a>
            </li>
            <li>
              <a href={`/${lang}/accessibility-statement`}>{t('footer.accessibility')}</a>
            </li>
          </ul>
        </nav>
      </footer>
    ),
  }
})
