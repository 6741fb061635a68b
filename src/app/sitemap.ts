import config from '@payload-config'
import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import { siteUrl } from '@/http/siteUrl'
import { listSitemapEntries } from '@/portal/listSitemapEntries'

// Read from the database on request (the build has none), then cached like the pages.
export const dynamic = 'force-dynamic'

/** Every public page in every language it exists in, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const entries = await listSitemapEntries(await getPayload({ config }))
  return entries.flatMap((entry) => {
    const languages = Object.fromEntries(entry.languages.map((l) => [l, `${base}/${l}${entry.path}`]))
    return entry.languages.map((lang) => ({
      url: `${base}/${lang}${entry.path}`,
      lastModified: entry.lastModified,
      alternates: { languages },
    }))
  })
}
