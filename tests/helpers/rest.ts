/**
 * Calls Payload's real REST route handlers (the ones src/app/(payload)/api/[...slug]/route.ts
 * exports) with a standard Request, without a web server. The handlers take
 * `{ params: Promise<{ slug: string[] }> }`, exactly as Next.js passes them.
 */
import type { Payload } from 'payload'

import { parseJson } from './parseJson'

export type RestResponse = {
  status: number
  /** The parsed JSON body, or null when the body was empty or not JSON. */
  body: any
}

export type RestClient = {
  get: (path: string, token?: string) => Promise<RestResponse>
  post: (path: string, data: unknown, token?: string) => Promise<RestResponse>
  patch: (path: string, data: unknown, token?: string) => Promise<RestResponse>
  delete: (path: string, token?: string) => Promise<RestResponse>
  /** POST multipart/form-data, as the admin panel uploads files: `file` plus the other fields as `_payload`. */
  upload: (
    path: string,
    file: { data: Buffer; name: string; mimetype: string },
    data: unknown,
    token?: string,
  ) => Promise<RestResponse>
  /** Sign in through the real login endpoint and return the JWT. */
  login: (email: string, password: string) => Promise<string>
}

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** `/api/sessions/abc?depth=0` → `['sessions', 'abc']`. */
function slugOf(path: string): string[] {
  const pathname = new URL(path, 'http://localhost').pathname
  return pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
}

/** `language`: the admin language the client asks in, as the admin sends it (Accept-Language). */
export async function restClient(_payload: Payload, options: { language?: string } = {}): Promise<RestClient> {
  const { REST_DELETE, REST_GET, REST_PATCH, REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  const handlers = {
    GET: REST_GET(config) as Handler,
    POST: REST_POST(config) as Handler,
    PATCH: REST_PATCH(config) as Handler,
    DELETE: REST_DELETE(config) as Handler,
  }

  async function call(
    method: keyof typeof handlers,
    path: string,
    init: { body?: BodyInit; json?: unknown; token?: string } = {},
  ): Promise<RestResponse> {
    const url = path.startsWith('http') ? path : `http://localhost${path.startsWith('/api') ? '' : '/api'}${path}`
    const headers = new Headers()
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    if (options.language) headers.set('Accept-Language', options.language)
    let body = init.body
    if (init.json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(init.json)
    }
    const request = new Request(url, { method, headers, body })
    const response = await handlers[method](request, { params: Promise.resolve({ slug: slugOf(url) }) })
    const text = await response.text()
    return { status: response.status, body: parseJson(text) }
  }

  return {
    get: (path, token) => call('GET', path, { token }),
    post: (path, data, token) => call('POST', path, { json: data, token }),
    patch: (path, data, token) => call('PATCH', path, { json: data, token }),
    delete: (path, token) => call('DELETE', path, { token }),
    upload: (path, file, data, token) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify(data))
      return call('POST', path, { body: form, token })
    },
    login: async (email, password) => {
      const res = await call('POST', '/api/users/login', { json: { email, password } })
      if (res.status !== 200 || !res.body?.token) {
        throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
      }
      return res.body.token as string
    },
  }
}

/** The messages a person sees for a refused REST request (Payload's `{ errors: [{ message, data: { errors } }] }`). */
export function restMessages(res: RestResponse): string[] {
  const out: string[] = []
  for (const e of (res.body?.errors ?? []) as { message?: string; data?: { errors?: { message?: string }[] } }[]) {
    const fieldErrors = e.data?.errors ?? []
    if (fieldErrors.length) fieldErrors.forEach((f) => f.message && out.push(f.message))
    else if (e.message) out.push(e.message)
  }
  return out
}
