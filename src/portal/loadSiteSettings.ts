import type { Payload } from 'payload'

import type { SiteSetting } from '../payload-types'

/** The site settings global as the public reads it. */
export async function loadSiteSettings(payload: Payload, lang: string): Promise<SiteSetting> {
  return (await payload.findGlobal({
    slug: 'site-settings',
    locale: lang as 'fi',
    fallbackLocale: 'fi',
    overrideAccess: false,
    depth: 0,
  })) as SiteSetting
}
