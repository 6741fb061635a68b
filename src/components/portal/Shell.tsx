import config from '@payload-config'
import { getPayload } from 'payload'
import type { ReactNode } from 'react'

import { getTranslator } from '@/i18n/getTranslator'
import { directionOf, interfaceLocales } from '@/i18n/locales'
import { loadSiteSettings } from '@/portal/loadSiteSettings'

import { LanguageSwitcher } from './LanguageSwitcher'
import { MenuDisclosure } from './MenuDisclosure'

export type ShellProps = {
  lang: string
  /** This page's address without the language prefix, for the language switcher. */
  path: string
  /** Languages this page exists in; the interface languages unless the page says otherwise. */
  languages?: readonly string[]
  /** The language the page's own text is in; when it is not `lang`, the main area is marked and the visitor told. */
  textLang?: string
  /** False where the database may not be there (the 404 Next.js renders at build time): the footer leaves out what the site settings add. */
  withSettings?: boolean
  children: ReactNode
}

/**
 * Header with navigation, language switcher and search (folded behind a menu
 * button on a phone); the main area; footer with the ways to follow the work.
 */
export async function Shell({
  lang,
  path,
  languages = interfaceLocales,
  textLang = lang,
  withSettings = true,
  children,
}: ShellProps) {
  const t = await getTranslator(lang)
  const settings = withSettings ? await loadSiteSettings(await getPayload({ config }), lang) : null
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
  const otherText = textLang !== lang
  return (
    <>
      <header className="site-header">
        <div className="site-header__top">
          <a className="site-name" href={`/${lang}`}>
            {t('siteName')}
          </a>
          <LanguageSwitcher lang={lang} path={path} languages={languages} label={t('switcher.label')} />
        </div>
        <MenuDisclosure label={t('menu')}>
          <nav className="main-nav" aria-label={t('nav.label')}>
            <ul>
              {nav.map(([href, label]) => (
                <li key={href}>
                  <a href={`/${lang}${href}`} aria-current={href === path ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <form className="site-search" role="search" action={`/${lang}/search`} method="get">
            <label htmlFor="site-search-q">{t('search.label')}</label>
            <input id="site-search-q" name="q" type="search" />
            <button type="submit">{t('search.button')}</button>
          </form>
        </MenuDisclosure>
      </header>
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
    </>
  )
}
