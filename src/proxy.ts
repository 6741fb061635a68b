import { type NextRequest, NextResponse } from 'next/server'

import { answerFromSharedCopy, isOwnCopyRequest } from './http/sharedPageCopies'
import { landingPath } from './i18n/landingPath'
import { defaultLocale, isContentLocale } from './i18n/locales'
import { contentSecurityPolicy } from './security/headers.mjs'
import { sharedCopyPlaceholder, sharedCopySeconds } from './security/sharedCopy'

/**
 * Every public page passes here (the matcher leaves out /admin, /api, /_next and files).
 *
 * Each request gets a fresh nonce and its Content-Security-Policy (`script-src 'self' 'nonce-…'
 * 'strict-dynamic'`, src/security/headers.mjs) on both the request, where Next.js reads the nonce
 * and writes it into the page's inline scripts, and the response. The pages therefore render per
 * request. A caching proxy in front (bench/nginx/portal.conf) may ask for a copy it keeps for
 * everyone, rendered with a placeholder nonce of its choosing that it replaces by a fresh one in
 * each answer (./security/sharedCopy.ts); with KEEP_SHARED_PAGES=true the instance keeps such
 * copies itself and answers browsers from them here (./http/sharedPageCopies.ts).
 *
 * `/` sends the visitor to the interface language their browser asks for.
 * An address that names no language (/library, /xx/page; not Next.js's own /_not-found nor the
 * bench's yardstick page) gets the site's own 404 in the default language, inside its header and
 * menu: rewritten to an address under /fi that no route answers. Left to Next.js, it would get
 * app/not-found.tsx, which every page carries in its payload and is therefore kept small.
 * A filtered library or municipality list (a GET form's query string) is
 * rewritten to its own route (./filtered), which reads the query string.
 */
// Two segments that name no view: app/(frontend)/[lang]/[...missing] answers it with a 404.
const missingAddress = '/missing/address'

export async function proxy(request: NextRequest) {
  const placeholder = sharedCopyPlaceholder(request, isOwnCopyRequest(request))
  const nonce = placeholder ?? Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64')
  const kept = await answerFromSharedCopy(request, nonce)
  if (kept) return kept
  const csp = contentSecurityPolicy({ admin: false, nonce })
  const { pathname, search } = request.nextUrl
  // The bench's yardstick page (app/(frontend)/bench-baseline) exists only on a server the bench
  // starts: elsewhere it is refused here, before Next.js renders anything that would name it.
  if (pathname === '/bench-baseline' && process.env.PORTAL_BENCH !== '1') return new NextResponse(null, { status: 404 })
  if (pathname === '/') {
    const redirect = NextResponse.redirect(
      new URL(landingPath(request.headers.get('accept-language')), request.url),
      307,
    )
    redirect.headers.set('Content-Security-Policy', csp)
    return redirect
  }
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  const [, lang, view, ...rest] = pathname.split('/')
  let response: NextResponse
  const list = view === 'library' || view === 'municipalities'
  if (!isContentLocale(lang) && !lang.startsWith('_') && pathname !== '/bench-baseline') {
    const url = request.nextUrl.clone()
    url.pathname = `/${defaultLocale}${missingAddress}`
    url.search = ''
    response = NextResponse.rewrite(url, { request: { headers: requestHeaders } })
  } else if (search.length > 1 && isContentLocale(lang) && list && rest.length === 0) {
    const url = request.nextUrl.clone()
    url.pathname = `/${lang}/${view}/filtered`
    response = NextResponse.rewrite(url, { request: { headers: requestHeaders } })
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } })
  }
  response.headers.set('Content-Security-Policy', csp)
  if (placeholder) {
    response.headers.set('X-Nonce-Placeholder', placeholder)
    response.headers.set('X-Accel-Expires', String(sharedCopySeconds))
  }
  return response
}

// The public pages: everything but the admin, the API, Next.js's own files (/_next) and files
// (an address whose last part has a dot); next.config.mjs gives exactly those their CSP.
export const config = { matcher: ['/((?!admin(?:/|$)|api(?:/|$)|_next/|.*\\.[^/]*$).*)'] }
