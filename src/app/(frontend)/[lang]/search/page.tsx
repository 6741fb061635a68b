import config from '@payload-config'
import { getPayload } from 'payload'

import { regionName } from '@/components/portal/RegionChart'
import { Shell } from '@/components/portal/Shell'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { pagePath } from '@/portal/pagePath'
import { searchPortal } from '@/portal/searchPortal'
import { sectionMetadata } from '@/portal/sectionMetadata'

// Answers depend on the query string: rendered per request, never cached as a page.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = sectionMetadata('/search', 'search', { noIndex: true })

/** Municipalities, pages and materials matching the query in the current language, rendered on the server. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { lang } = await params
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const textLang = textLanguage(lang, 'portal')
  const t = await getTranslator(textLang, 'portal')
  const hits = q ? await searchPortal(await getPayload({ config }), lang, q) : []
  const municipalities = hits.filter((h) => h.kind === 'municipality')
  const pages = hits.filter((h) => h.kind === 'page')
  const materials = hits.filter((h) => h.kind === 'material')
  // The name in the page's language first; the other official name after it, so a search by either is recognised.
  const names = (m: (typeof municipalities)[number]) => {
    const [main, other] = textLang === 'sv' && m.nameSv ? [m.nameSv, m.name] : [m.name, m.nameSv]
    return other && other !== main ? `${main} (${other})` : main
  }
  return (
    <Shell lang={lang} path="/search" textLang={textLang}>
      <h1>{t('search.title')}</h1>
      <form className="filters" action={`/${lang}/search`} method="get" role="search">
        <label htmlFor="search-q">{t('search.label')}</label>
        <input id="search-q" name="q" type="search" defaultValue={q} />
        <button type="submit">{t('search.button')}</button>
      </form>
      <p role="status" className="result-count">
        {!q
          ? t('search.prompt')
          : hits.length
            ? t('search.results', { count: hits.length, q })
            : t('search.none', { q })}
      </p>
      {municipalities.length > 0 && (
        <section aria-labelledby="hits-municipalities">
          <h2 id="hits-municipalities">{t('search.municipalities')}</h2>
          <ul className="hits">
            {municipalities.map((m) => (
              <li key={m.slug}>
                <a href={`/${lang}/municipalities/${m.slug}`}>{names(m)}</a>
                <p>{regionName(m.region, textLang)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {pages.length > 0 && (
        <section aria-labelledby="hits-pages">
          <h2 id="hits-pages">{t('search.pages')}</h2>
          <ul className="hits">
            {pages.map((h) => (
              <li key={h.slug}>
                <a href={`/${lang}${pagePath(h.slug, h.pageKind)}`}>{h.title}</a>
                {h.summary && <p>{h.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {materials.length > 0 && (
        <section aria-labelledby="hits-materials">
          <h2 id="hits-materials">{t('search.materials')}</h2>
          <ul className="hits">
            {materials.map((h) => (
              <li key={h.slug}>
                <a href={`/${lang}/library/${h.slug}`}>{h.title}</a>
                {h.summary && <p>{h.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Shell>
  )
}
