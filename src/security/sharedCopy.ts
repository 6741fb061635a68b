import type { NextRequest } from 'next/server'

import { isContentLocale } from '../i18n/locales'

/**
 * A caching proxy may keep one copy of a public page for every visitor and still send each visitor
 * a nonce of their own. It asks with `X-Nonce-Filled-By-Proxy: <placeholder>`, a random value it
 * makes for this one rendering (bench/nginx/portal.conf sends its `$request_id`); the page is
 * rendered with the placeholder as its nonce, and the proxy writes a fresh random value over it in
 * each answer, in the HTML and in the Content-Security-Policy header. The answer names the
 * placeholder in `X-Nonce-Placeholder` for the proxy and says in `X-Accel-Expires` how long the copy
 * may be kept.
 *
 * The placeholder is never a fixed string: markup smuggled into a page could otherwise carry it
 * and have the proxy bless it with each visitor's nonce. It is honoured only when TRUSTED_PROXIES
 * says a proxy stands in front, only when it is long enough to be unguessable, and only for a
 * page that is the same for everyone.
 */
export const sharedCopyHeader = 'x-nonce-filled-by-proxy'

/** How long the proxy may keep a copy: short, so that a publish shows everywhere within a second or two. */
export const sharedCopySeconds = 1

// At least 128 bits in base64 or hex, and nothing a policy or an HTML attribute would need escaped.
const placeholderShape = /^[A-Za-z0-9+/_-]{22,128}={0,2}$/

/**
 * Every view of the portal (a folder under app/(frontend)/[lang]/) by whether its page is the same
 * for every visitor ('shared') or is personal or acts on its visit ('personal', never kept). Any
 * other single segment is a page from the CMS, which is shared. tests/int/security/sharedCopy.test.ts
 * fails when a view folder is missing here, so a new personal view cannot be kept by mistake.
 */
export const viewKinds: Record<string, 'shared' | 'personal'> = {
  library: 'shared',
  municipalities: 'shared',
  languages: 'shared',
  board: 'personal',
  confirm: 'personal',
  'my-data': 'personal',
  search: 'personal',
  subscribe: 'personal',
  survey: 'personal',
  unsubscribe: 'personal',
  workspace: 'personal',
}

/** Whether the page asked for is the same for every visitor: GET, no query, no session, a shared view. */
export function isSharedPage(request: NextRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  // A signed-in visitor's pages are not kept. (A client-side navigation's payload may be: Next.js
  // hides its RSC headers from here, and nginx keys its copies by them.)
  if (request.cookies.has('payload-token')) return false
  const { pathname, search } = request.nextUrl
  if (search.length > 1) return false
  const [, lang, view, slug, ...rest] = pathname.split('/')
  if (!isContentLocale(lang) || rest.length > 0) return false
  if (view === undefined || view === '') return slug === undefined
  if (Object.hasOwn(viewKinds, view)) return viewKinds[view] === 'shared'
  // A page from the CMS (/fi/contacts): one segment that names no view of its own.
  return slug === undefined
}

/**
 * The proxy's placeholder, when this page may be rendered with it for the proxy to keep; otherwise
 * null. `fromThisServer`: the request is this instance's own, for the copy it keeps itself
 * (../http/sharedPageCopies.ts), and is trusted without TRUSTED_PROXIES.
 */
export function sharedCopyPlaceholder(request: NextRequest, fromThisServer = false): string | null {
  const placeholder = request.headers.get(sharedCopyHeader)
  if (!placeholder || !(process.env.TRUSTED_PROXIES || fromThisServer) || !placeholderShape.test(placeholder))
    return null
  return isSharedPage(request) ? placeholder : null
}
