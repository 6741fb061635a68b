import type { PayloadRequest } from 'payload'

import { type FormInput, one } from '../http'
import { isMailLanguage, type MailLanguage } from './validateInput'

/** The language the visitor reads the answer in: the form's page, else their browser, else Finnish. */
export function pageLanguage(req: PayloadRequest, input: FormInput = {}): MailLanguage {
  const fromForm = one(input, 'lang') || new URL(req.url ?? 'http://x').searchParams.get('lang') || ''
  if (isMailLanguage(fromForm)) return fromForm
  const accept = (req.headers.get('accept-language') ?? '').toLowerCase()
  for (const part of accept.split(',')) {
    const code = part.trim().slice(0, 2)
    if (isMailLanguage(code)) return code
  }
  return 'fi'
}
