import type { Payload } from 'payload'
import { cache } from 'react'

import type { SiteSetting } from '../payload-types'

/**
 * The site settings global as the public reads it. Read once per request however many parts of the
 * page ask (the shell, the page, the not-found tree Next.js renders beside every page).
 */
export const loadSiteSettings = cache(async function loadSiteSettings(
  payload: Payload,
  lang: string,
): Promise<SiteSetting> {
  return (await payload.findGlobal({
    slug: 'site-settings',
    locale: lang as 'fi',
    fallbackLocale: 'fi',
    overrideAccess: false,
    depth: 0,
  })) as SiteSetting
})
