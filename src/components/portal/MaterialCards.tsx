'use client'

import type { VersionWords } from '@/portal/versionWords'

import { VersionList, type VersionRow } from './VersionList'

/** One material in the library's list (LibraryView makes them). */
export type MaterialCard = {
  slug: string
  title: string
  description?: string
  /** 'fi' on a text shown in Finnish because its translation is missing. */
  titleLang?: string
  descriptionLang?: string
  /** The material's mark when its translation is not reviewed. */
  status?: string
  versions: VersionRow[]
}

export type MaterialCardsProps = {
  lang: string
  /** The library's toolkit parts in order, each with its heading and materials. */
  parts: { part: string; heading: string; cards: MaterialCard[] }[]
  words: VersionWords
}

/**
 * The library's materials by toolkit part: each a card with its title linking to the material's
 * page, its mark, its description and its language versions. Drawn here from data rather than
 * rendered on the server: a server component's markup travels twice (as HTML and again in the
 * page's inline RSC payload), and the library is the portal's longest list (issue 13: the
 * library page's size). Nothing here is interactive; the HTML is the same.
 */
export function MaterialCards({ lang, parts, words }: MaterialCardsProps) {
  return parts.map(({ part, heading, cards }) => (
    <section key={part} aria-labelledby={`part-${part}`} className="library-part">
      <h2 id={`part-${part}`}>{heading}</h2>
      <ul className="cards">
        {cards.map((m) => (
          <li key={m.slug} className="card">
            <h3 lang={m.titleLang}>
              <a href={`/${lang}/library/${m.slug}`}>{m.title}</a>
            </h3>
            {m.status && <span className={`status status--${m.status}`}>{words.marks[m.status]}</span>}
            {m.description && <p lang={m.descriptionLang}>{m.description}</p>}
            <VersionList title={m.title} rows={m.versions} words={words} />
          </li>
        ))}
      </ul>
    </section>
  ))
}
