import { type NextRequest, NextResponse } from 'next/server'

import { pickLanguage } from './i18n/pickLanguage'

/** `/` sends the visitor to the interface language their browser asks for. */
export function proxy(request: NextRequest) {
  const lang = pickLanguage(request.headers.get('accept-language'))
  return NextResponse.redirect(new URL(`/${lang}`, request.url), 307)
}

export const config = { matcher: ['/'] }
