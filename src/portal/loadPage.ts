import type { Payload } from 'payload'
import { cache } from 'react'

import type { Page } from '../payload-types'
import { readWithFallback } from './readWithFallback'

export type LoadedPage = {
  page: Page
  /** Localized fields shown in Finnish because the visitor's language has none. */
  fellBack: Set<string>
  /** The status of this language's text; a fallen-back text counts as missing. */
  status: 'missing' | 'draft' | 'reviewed' | 'outdated'
}

/**
 * A published page by slug in the visitor's language, with what fell back to Finnish. Read once per
 * request: the page's metadata and its body ask for the same page.
 */
export const loadPage = cache(async function loadPage(
  payload: Payload,
  slug: string,
  lang: string,
): Promise<LoadedPage | null> {
  const { docs, fellBack } = await readWithFallback<Page>(payload, {
    collection: 'pages',
    where: { slug: { equals: slug } },
    lang,
    localizedFields: ['title', 'summary', 'content', 'translationStatus'],
    limit: 1,
  })
  const page = docs[0]
  if (!page) return null
  const missing = fellBack.get(String(page.id)) ?? new Set<string>()
  const textMissing = missing.has('title') || missing.has('content')
  const status = textMissing ? 'missing' : ((page.translationStatus ?? 'draft') as LoadedPage['status'])
  missing.delete('translationStatus')
  return { page, fellBack: missing, status }
})
