import type { Where } from 'payload'

type Audience = { audienceLanguages?: string[] | null; audienceRegions?: string[] | null }

/** Only confirmed addresses, narrowed by the editor's languages and regions (empty = everyone). */
export function audienceWhere(newsletter: Audience): Where {
  const and: Where[] = [{ status: { equals: 'confirmed' } }]
  if (newsletter.audienceLanguages?.length) and.push({ language: { in: newsletter.audienceLanguages } })
  if (newsletter.audienceRegions?.length) and.push({ regions: { in: newsletter.audienceRegions } })
  return { and }
}
