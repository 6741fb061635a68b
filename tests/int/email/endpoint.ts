import { peerAddressHeader } from '../../../src/http/clientAddress'
import { parseJson } from '../../helpers/parseJson'
/**
 * Calls the portal's own endpoints through Payload's real REST route handlers,
 * the way a browser form (urlencoded, following no redirect) or a script (JSON) does;
 * `ip` is the address the server would stamp as the socket's (src/http/clientAddress.ts).
 */
export type EndpointResponse = { status: number; body: any; location: string | null }

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export type Caller = {
  json: (
    path: string,
    data: unknown,
    init?: { ip?: string; token?: string; lang?: string },
  ) => Promise<EndpointResponse>
  form: (path: string, fields: [string, string][], init?: { ip?: string }) => Promise<EndpointResponse>
  /** A JSON post whose body is sent exactly as given (e.g. broken JSON). */
  raw: (path: string, body: string) => Promise<EndpointResponse>
  get: (path: string, init?: { token?: string }) => Promise<EndpointResponse>
}

export async function endpointCaller(): Promise<Caller> {
  const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../payload.config')
  const post = REST_POST(config) as Handler
  const get = REST_GET(config) as Handler

  async function send(
    handler: Handler,
    path: string,
    method: string,
    headers: Headers,
    body?: string,
  ): Promise<EndpointResponse> {
    const url = `http://localhost${path}`
    const slug = new URL(url).pathname
      .replace(/^\/api\/?/, '')
      .split('/')
      .filter(Boolean)
    const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, body: parseJson(text, text), location: response.headers.get('location') }
  }

  return {
    json: (path, data, init = {}) => {
      const headers = new Headers({
        'content-type': 'application/json',
        [peerAddressHeader()]: init.ip ?? '203.0.113.1',
      })
      if (init.token) headers.set('authorization', `JWT ${init.token}`)
      return send(post, path, 'POST', headers, JSON.stringify(data))
    },
    form: (path, fields, init = {}) => {
      const headers = new Headers({
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        [peerAddressHeader()]: init.ip ?? '203.0.113.1',
      })
      return send(post, path, 'POST', headers, new URLSearchParams(fields).toString())
    },
    raw: (path, body) =>
      send(
        post,
        path,
        'POST',
        new Headers({ 'content-type': 'application/json', [peerAddressHeader()]: '203.0.113.1' }),
        body,
      ),
    get: (path, init = {}) => {
      const headers = new Headers({ accept: 'text/html' })
      if (init.token) headers.set('authorization', `JWT ${init.token}`)
      return send(get, path, 'GET', headers)
    },
  }
}

/** The first link in a message's text part that starts with this prefix. */
export function linkIn(text: string | undefined, prefix: string): string {
  const match = (text ?? '').split(/\s/).find((w) => w.startsWith(prefix))
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${text}`)
  return match
}

/** A small Lexical document with one paragraph, as the admin's editor saves it. */
export function richText(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr' as const,
          format: '' as const,
          indent: 0,
          version: 1,
          textFormat: 0,
          children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}
