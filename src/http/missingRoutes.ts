import { getPayload, type SanitizedConfig } from 'payload'

import { refuse } from './refuse'

type ConfigPromise = SanitizedConfig | Promise<SanitizedConfig>

/**
 * Requests Payload's router takes but answers with a 500 for want of a thing, answered 404 here
 * before they reach it: the versions of a collection that keeps none, and deleting a preference the
 * signed-in person does not have (Payload's SQLite delete then fails on its own query).
 */
export async function missingRoute(request: Request, config: ConfigPromise): Promise<Response | undefined> {
  const [api, slug, second, third] = new URL(request.url).pathname.split('/').filter(Boolean)
  if (api !== 'api' || !slug) return undefined
  const method = request.method.toUpperCase()
  const notFound = () => refuse(request, 404, 'errors.input.notFound', { from: 'visitor' })
  if (second === 'versions') {
    const collection = (await config).collections.find((c) => c.slug === slug)
    if (collection && !collection.versions) return notFound()
    return undefined
  }
  if (slug === 'payload-preferences' && method === 'DELETE' && second && !third) {
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers: request.headers })
    if (!user) return undefined
    const { totalDocs } = await payload.count({
      collection: 'payload-preferences',
      where: {
        and: [
          { key: { equals: decodeURIComponent(second) } },
          { 'user.value': { equals: user.id } },
          { 'user.relationTo': { equals: user.collection } },
        ],
      },
      overrideAccess: true,
    })
    if (!totalDocs) return notFound()
  }
  return undefined
}
