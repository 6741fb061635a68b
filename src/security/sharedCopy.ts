import type { NextRequest } from 'next/server'

import { isContentLocale } from '../i18n/locales'

/**
 * A caching proxy may keep one copy of a public page for every visitor and still send each visitor
 * a nonce of their own: the page is rendered with this placeholder as its nonce, and the proxy
 * writes a fresh random value over the placeholder in each answer, in the HTML and in the
 * Content-Security-Policy header (bench/nginx/portal.conf does it with `sub_filter` and
 * `$request_id`). The placeholder never reaches a browser through that proxy.
 *
 * The proxy asks for such a copy with the `X-Nonce-Filled-By-Proxy: 1` request header. It is
 * honoured only when TRUSTED_PROXIES says a proxy stands in front (without one, whoever sends the
 * header gets a page with a nonce they know, which harms nobody but themselves, but no operator
 * should have to think about that), and only for a page that is the same for everyone.
 */
export const sharedCopyNonce = 'portal-nonce-placeholder-5e0c9d27a1'

/** How long the proxy may keep a copy: short, so that a publish shows everywhere within a second or two. */
export const sharedCopySeconds = 1

export const sharedCopyHeader = 'x-nonce-filled-by-proxy'

// The views whose page is the same for every visitor. Anything else (a board, a survey, my data,
// the workspace, search results, confirmation and unsubscribe links, the subscribe form) is
// personal or acts on its visit, and is never kept.
const sharedViews = new Set(['library', 'municipalities', 'languages'])
const personalViews = new Set(['board', 'confirm', 'my-data', 'search', 'subscribe', 'survey', 'unsubscribe', 'workspace'])

/** Whether this page may be sent with the placeholder nonce, for the proxy to keep and fill in. */
export function isSharedCopyRequest(request: NextRequest): boolean {
  if (request.headers.get(sharedCopyHeader) !== '1' || !process.env.TRUSTED_PROXIES) return false
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  // A signed-in visitor's pages and a client-side navigation's payload are not kept.
  if (request.cookies.has('payload-token') || request.headers.has('rsc')) return false
  const { pathname, search } = request.nextUrl
  if (search.length > 1) return false
  const [, lang, view, slug, ...rest] = pathname.split('/')
  if (!isContentLocale(lang) || rest.length > 0) return false
  if (view === undefined || view === '') return slug === undefined
  if (sharedViews.has(view)) return view !== 'languages' || slug === undefined
  // A page from the CMS (/fi/contacts): one segment that names no view of its own.
  return !personalViews.has(view) && slug === undefined
}
