import type { PayloadRequest } from 'payload'

import { type InterfaceLocale, isInterfaceLocale } from '../i18n/locales'

/** The admin language of the person asking: Payload's choice for them (cookie, header), else Finnish. */
export function adminLanguageOf(req: PayloadRequest): InterfaceLocale {
  const asked = String((req.query as Record<string, unknown> | undefined)?.lang ?? '')
  if (isInterfaceLocale(asked)) return asked
  const lang = req.i18n?.language
  return lang && isInterfaceLocale(lang) ? lang : 'fi'
}
