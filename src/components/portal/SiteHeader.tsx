'use client'

import { LanguageSwitcher } from './LanguageSwitcher'
import { MenuDisclosure } from './MenuDisclosure'

export type SiteHeaderProps = {
  lang: string
  /** This page's address without the language prefix. */
  path: string
  /** Languages the page exists in, offered by the language switcher. */
  languages: readonly string[]
  siteName: string
  /** The main navigation: each entry's address without the language prefix, and its name. */
  nav: [string, string][]
  labels: { switcher: string; menu: string; nav: string; search: string; searchButton: string }
}

/**
 * The site's header: name, language switcher, main navigation and search, the last two folded
 * behind a menu button on a phone (MenuDisclosure). Shell passes it words and addresses only:
 * a client component's props are all a page's payload carries of it, where a server component's
 * whole tree travels twice (as HTML and again as RSC), and every page carries the header twice
 * (its own and its 404's) — issue 13, the pages' size.
 */
export function SiteHeader({ lang, path, languages, siteName, nav, labels }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__top">
        <a className="site-name" href={`/${lang}`}>
          {siteName}
        </a>
        <LanguageSwitcher lang={lang} path={path} languages={languages} label={labels.switcher} />
      </div>
      <MenuDisclosure label={labels.menu}>
        <nav className="main-nav" aria-label={labels.nav}>
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
          <label htmlFor="site-search-q">{labels.search}</label>
          <input id="site-search-q" name="q" type="search" />
          <button type="submit">{labels.searchButton}</button>
        </form>
      </MenuDisclosure>
    </header>
  )
}
