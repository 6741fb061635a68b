import type { PayloadRequest } from 'payload'

export type FormInput = Record<string, string | string[]>

/** Reads a plain HTML form post or a JSON body into one shape; repeated fields become arrays. */
export async function readInput(req: PayloadRequest): Promise<FormInput> {
  const type = req.headers.get('content-type') ?? ''
  const raw = req.text ? await req.text() : ''
  if (raw.length > 20_000) return { __tooLarge: '1' }
  if (type.includes('application/json')) {
    try {
      const parsed = raw ? JSON.parse(raw) : {}
      const out: FormInput = {}
      for (const [k, v] of Object.entries(parsed ?? {})) {
        if (Array.isArray(v)) out[k] = v.map(String)
        else if (typeof v === 'boolean') out[k] = v ? 'on' : ''
        else if (v !== null && v !== undefined) out[k] = String(v)
      }
      return out
    } catch {
      return {}
    }
  }
  const out: FormInput = {}
  for (const [k, v] of new URLSearchParams(raw)) {
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
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
  message: string
  /** Field name → localized message, for the form's error summary. */
  errors?: Record<string, string>
  /** Where a browser goes next (path with query, relative to the site). */
  redirect: string
}

export function respond(req: PayloadRequest, outcome: Outcome): Response {
  if (wantsJson(req)) {
    return Response.json(
      { message: outcome.message, ...(outcome.errors ? { errors: outcome.errors } : {}) },
      { status: outcome.status },
    )
  }
  return new Response(null, { status: 303, headers: { Location: outcome.redirect } })
}

export function clientIp(req: PayloadRequest): string {
  const forwarded = req.headers.get('x-forwarded-for')
  if (forwarded) return forwarded.split(',')[0].trim()
  return req.headers.get('x-real-ip') ?? 'unknown'
}
