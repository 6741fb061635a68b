import { Refusal } from '../errors/Refusal'
import type { LanguageRequest, LanguageSource } from './requestLanguage'

/** What a posted form or JSON object holds: a form's repeated fields become arrays. */
export type Body = Record<string, unknown>

export type ReadBodyOptions = {
  /** The most bytes read; a larger body is refused with 413 before it is parsed. */
  limit?: number
  /** Whose language a refusal is written in. */
  from?: LanguageSource
}

/** Enough for every form and JSON answer the portal takes (a survey's two 4,000-character texts in Cyrillic). */
export const defaultBodyLimit = 64 * 1024

type BodyRequest = LanguageRequest & { headers: Headers; body?: ReadableStream<Uint8Array> | null }

/** The body's bytes, or null as soon as they pass `limit` (the rest is not read). */
export async function readCapped(req: BodyRequest, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return null
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

function formFields(text: string): Body {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of new URLSearchParams(text)) {
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}

/**
 * Reads a request's body, a JSON object or an HTML form (urlencoded), within a size limit. A body
 * over the limit is refused with 413 and one that cannot be read (broken JSON, a JSON array or
 * value instead of an object) with 400, both as a Refusal in the asker's language; an empty body is
 * an empty object. File uploads (multipart) are read by their own endpoints.
 */
export async function readBody(req: BodyRequest, options: ReadBodyOptions = {}): Promise<Body> {
  const limit = options.limit ?? defaultBodyLimit
  const from = options.from ?? 'admin'
  const bytes = await readCapped(req, limit)
  if (!bytes) throw new Refusal(req, 413, 'errors.bodyTooLarge', { kb: Math.floor(limit / 1024) }, from)
  const text = new TextDecoder().decode(bytes)
  if (!text.trim()) return {}
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('application/x-www-form-urlencoded')) return formFields(text)
  if (type.includes('application/json') || /^\s*[[{]/.test(text)) {
    try {
      const parsed: unknown = JSON.parse(text)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Body
    } catch {
      // answered below
    }
    throw new Refusal(req, 400, 'errors.bodyUnreadable', {}, from)
  }
  return formFields(text)
}
