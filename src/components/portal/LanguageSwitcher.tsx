import { contentLocales } from '@/i18n/locales'

export type LanguageSwitcherProps = {
  lang: string
  /** The address without its language prefix; the visitor stays on the same page. */
  path: string
  languages: readonly string[]
  label: string
}

/** Links to this same page in the other languages, each named in its own language. */
export function LanguageSwitcher({ lang, path, languages, label }: LanguageSwitcherProps) {
  const offered = contentLocales.filter((l) => languages.includes(l.code) || l.code === lang)
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {offered.map((l) => (
          <li key={l.code}>
            <a
              href={`/${l.code}${path}`}
              lang={l.code}
              dir={l.direction}
              hrefLang={l.code}
              aria-current={l.code === lang ? 'page' : undefined}
            >
              {l.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
