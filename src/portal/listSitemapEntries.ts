import type { Payload } from 'payload'

import { contentLocaleCodes, interfaceLocales } from '../i18n/locales'
import { pagePath } from './pagePath'

export type SitemapEntry = { path: string; languages: readonly string[]; lastModified?: string }

/** The fixed portal views, offered in the interface languages. */
const views = ['/library', '/municipalities', '/languages', '/search']

/**
 * Every public address without its language prefix, with the languages it is
 * offered in: the residents' page in every content language, the rest in the
 * interface languages.
 */
export async function listSitemapEntries(payload: Payload): Promise<SitemapEntry[]> {
  const common = { overrideAccess: false, depth: 0, limit: 5000, pagination: false as const }
  const [pages, materials, municipalities] = await Promise.all([
    payload.find({ collection: 'pages', ...common, select: { slug: true, kind: true, updatedAt: true } }),
    payload.find({ collection: 'materials', ...common, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'municipalities', ...common, select: { slug: true, updatedAt: true } }),
  ])
  return [
    ...pages.docs.map((p) => ({
      path: pagePath(p.slug, p.kind),
      languages: p.kind === 'residents' ? contentLocaleCodes : interfaceLocales,
      lastModified: p.updatedAt,
    })),
    ...views.map((path) => ({ path, languages: interfaceLocales })),
    ...materials.docs.map((m) => ({
      path: `/library/${m.slug}`,
      languages: interfaceLocales,
      lastModified: m.updatedAt,
    })),
    ...municipalities.docs.map((m) => ({
      path: `/municipalities/${m.slug}`,
      languages: interfaceLocales,
      lastModified: m.updatedAt,
    })),
  ]
}
