import type { PayloadRequest } from 'payload'

import { Refusal } from '../errors/Refusal'
import { clientAddress, readBody, refusalBody, requestLanguage } from '../http'
import type { InterfaceLocale } from '../i18n/locales'

/** A public form's fields as strings; repeated fields (regions) are arrays. */
export type FormInput = Record<string, string | string[]>

/** The e-mail forms are small: a body over this is refused before it is parsed. */
const formLimit = 20 * 1024

function asStrings(body: Record<string, unknown>): FormInput {
  const out: FormInput = {}
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) out[k] = v.map(String)
    else if (typeof v === 'boolean') out[k] = v ? 'on' : ''
    else if (v !== null && v !== undefined && typeof v !== 'object') out[k] = String(v)
  }
  return out
}

export type Form = { input: FormInput; lang: InterfaceLocale }

/**
 * Reads a public form (an HTML form post or a script's JSON) through the HTTP edge, and the language
 * of the page it came from. A body the edge refuses (too large, unreadable) is answered here: a
 * script gets the refusal, a browser its form page again with `?error=`.
 */
export async function readForm(req: PayloadRequest, page: string): Promise<Form | Response> {
  try {
    const input = asStrings(await readBody(req, { limit: formLimit, from: 'visitor' }))
    return { input, lang: requestLanguage(req, 'visitor', input) }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error
    const lang = requestLanguage(req, 'visitor')
    const code = error.status === 413 ? 'tooLarge' : 'unreadable'
    return respond(req, {
      status: error.status,
      message: error.messageIn(lang),
      redirect: `/${lang}/${page}?error=${code}`,
    })
  }
}

export function one(input: FormInput, name: string): string {
  const v = input[name]
  return (Array.isArray(v) ? v[0] : v) ?? ''
}

export function many(input: FormInput, name: string): string[] {
  const v = input[name]
  return v === undefined ? [] : Array.isArray(v) ? v : [v]
}

/** Browsers posting a form without JavaScript get a redirect to a result page; scripts and tests get JSON. */
export function wantsJson(req: PayloadRequest): boolean {
  const type = req.headers.get('content-type') ?? ''
  const accept = req.headers.get('accept') ?? ''
  return type.includes('application/json') || (accept.includes('application/json') && !accept.includes('text/html'))
}

export type Outcome = {
  status: number
  /** The sentence the visitor reads: the result, or the (first) reason for a refusal. */
  message: string
  /** Field name → localized message, for the form's error summary. */
  errors?: Record<string, string>
  /** Where a browser goes next (path with query, relative to the site). */
  redirect: string
}

/**
 * A browser goes to the result page (303); a script gets JSON: `{ message }` when it worked, the
 * edge's one refusal shape (`{ errors: [{ message, path? }] }`, one per field) when it did not.
 */
export function respond(req: PayloadRequest, outcome: Outcome): Response {
  if (!wantsJson(req)) return new Response(null, { status: 303, headers: { Location: outcome.redirect } })
  if (outcome.status < 400) return Response.json({ message: outcome.message }, { status: outcome.status })
  const items = outcome.errors
    ? Object.entries(outcome.errors).map(([path, message]) => ({ message, path }))
    : [{ message: outcome.message }]
  return Response.json(refusalBody(items), { status: outcome.status, headers: { 'Cache-Control': 'no-store' } })
}

/** The client's address for the sign-up limits (src/http/clientAddress.ts). */
export function clientIp(req: PayloadRequest): string {
  return clientAddress(req)
}
