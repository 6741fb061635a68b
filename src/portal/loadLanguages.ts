import type { Payload } from 'payload'

import type { Language } from '../payload-types'

/** Languages residents have been heard in, named in the visitor's language (Finnish as fallback). */
export async function loadLanguages(payload: Payload, lang: string): Promise<Language[]> {
  const { docs } = await payload.find({
    collection: 'languages',
    where: { usedInDataCollection: { equals: true } },
    locale: lang as 'fi',
    fallbackLocale: 'fi',
    overrideAccess: false,
    depth: 0,
    limit: 500,
    pagination: false,
    sort: 'order',
  })
  return docs as Language[]
}
