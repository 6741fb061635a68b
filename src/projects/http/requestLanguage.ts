import type { PayloadRequest } from 'payload'

import { type InterfaceLocale, isInterfaceLocale } from '../../i18n/locales'

/** The interface language for an endpoint's messages: `?lang=`, else the browser's first fi/sv/en, else Finnish. */
export function requestLanguage(req: PayloadRequest): InterfaceLocale {
  const asked = String((req.query as Record<string, unknown> | undefined)?.lang ?? '')
  if (isInterfaceLocale(asked)) return asked
  const header = req.headers.get('accept-language') ?? ''
  for (const part of header.split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase()
    if (isInterfaceLocale(code)) return code
  }
  return 'fi'
}
