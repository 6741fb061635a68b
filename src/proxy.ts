import { type NextRequest, NextResponse } from 'next/server'

import { landingPath } from './i18n/landingPath'
import { isContentLocale } from './i18n/locales'

/**
 * `/` sends the visitor to the interface language their browser asks for.
 * A filtered library or municipality list (a GET form's query string) is
 * rewritten to its own dynamic route, so the unfiltered pages stay cached
 * pages that never read the query string.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === '/') {
    return NextResponse.redirect(new URL(landingPath(request.headers.get('accept-language')), request.url), 307)
  }
  const [, lang, view] = pathname.split('/')
  if (search.length > 1 && isContentLocale(lang) && (view === 'library' || view === 'municipalities')) {
    const url = request.nextUrl.clone()
    url.pathname = `/${lang}/${view}/filtered`
    return NextResponse.rewrite(url)
  }
  return NextResponse.next()
}

export const config = { matcher: ['/', '/:lang/library', '/:lang/municipalities'] }
