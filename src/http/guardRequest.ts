import type { SanitizedConfig } from 'payload'

import { isPlainObject, maxListItems, maxNesting, shapeProblem } from '../validation/inputChecks'
import { requestLimit } from './bodyLimits'
import { missingRoute } from './missingRoutes'
import { readCapped } from './readBody'
import { refuse } from './refuse'

type RouteArgs = { params: Promise<{ slug: string[] }> }
export type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

/** The most records one REST read returns (`limit`, also when 0 or `pagination=false` asks for all). */
export const maxListLimit = 500

/** How deep one REST read populates relationships (also Payload's own maxDepth). */
export const maxReadDepth = 3

/** `limit` and `depth` within the caps; the same URL when they already are. */
function cappedUrl(url: URL): URL {
  const query = url.searchParams
  const capped = new URL(url)
  let changed = false
  const limit = query.get('limit')
  if (limit !== null || query.get('pagination') === 'false') {
    const n = Number(limit)
    if (!Number.isInteger(n) || n <= 0 || n > maxListLimit) {
      capped.searchParams.set('limit', String(maxListLimit))
      changed = true
    }
  }
  const depth = query.get('depth')
  if (depth !== null) {
    const n = Number(depth)
    if (!Number.isInteger(n) || n < 0 || n > maxReadDepth) {
      capped.searchParams.set(
        'depth',
        String(Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : 0, 0), maxReadDepth)),
      )
      changed = true
    }
  }
  return changed ? capped : url
}

/**
 * Reads a body within its limit and checks a JSON body's shape before Payload parses it again: too
 * large is 413, not an object, nested too deeply or holding a huge list is 400 — each with a sentence
 * in the asker's language (a visitor's page language, else the browser's), nothing handled further.
 */
async function checkedBody(request: Request, url: URL): Promise<Response | Uint8Array | null> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const limit = requestLimit(url.pathname, type)
  const bytes = await readCapped(request, limit)
  if (!bytes)
    return refuse(request, 413, 'errors.bodyTooLarge', { values: { kb: Math.floor(limit / 1024) }, from: 'visitor' })
  if (!type.startsWith('application/json') || bytes.byteLength === 0) return bytes
  let data: unknown
  try {
    data = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return refuse(request, 400, 'errors.bodyUnreadable', { from: 'visitor' })
  }
  if (!isPlainObject(data)) return refuse(request, 400, 'errors.bodyUnreadable', { from: 'visitor' })
  const shape = shapeProblem(data)
  if (shape?.kind === 'tooDeep')
    return refuse(request, 400, 'errors.input.tooDeep', { values: { max: maxNesting }, from: 'visitor' })
  if (shape?.kind === 'tooMany')
    return refuse(request, 400, 'errors.input.tooMany', {
      values: { max: maxListItems },
      path: shape.path,
      from: 'visitor',
    })
  return bytes
}

/**
 * The guard in front of Payload's REST and GraphQL route handlers (src/app/(payload)/api): every
 * request's body within its size limit (src/http/bodyLimits.ts) and a JSON body an object of sane
 * shape, `limit` and `depth` of a read within their caps. Custom endpoints behind the same routes keep
 * their own, smaller limits (readBody).
 */
export function guardRequest(handler: RouteHandler, config: SanitizedConfig | Promise<SanitizedConfig>): RouteHandler {
  return async (request, args) => {
    const missing = await missingRoute(request, config)
    if (missing) return missing
    const url = new URL(request.url)
    const target = cappedUrl(url)
    const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(request.method.toUpperCase())
    if (!hasBody) return handler(target === url ? request : new Request(target, request), args)
    const body = await checkedBody(request, url)
    if (body instanceof Response) return body
    const headers = new Headers(request.headers)
    if (body) headers.set('content-length', String(body.byteLength))
    const checked = new Request(target, {
      method: request.method,
      headers,
      body: body && body.byteLength ? (body as Uint8Array<ArrayBuffer>) : null,
      signal: request.signal,
    })
    return handler(checked, args)
  }
}
