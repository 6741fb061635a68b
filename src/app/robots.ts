import type { MetadataRoute } from 'next'

import { siteUrl } from '@/http/siteUrl'

export const dynamic = 'force-dynamic'

/** The portal is public; the admin, the API and the result views of searches are not for crawlers. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/*/search'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
