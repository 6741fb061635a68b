/**
 * Asks the portal's own Next route handlers (src/app/(payload)/api/…/route.ts), the ones `npm start`
 * serves, with any method, headers and body, as a browser or a script would.
 */
import { beforeAll } from '@jest/globals'

import { PASSWORD, type SignedInActor } from '../../helpers/fixtures'
import { parseJson } from '../../helpers/parseJson'
import { restClient } from '../../helpers/rest'
import { worldForThisFile } from '../../helpers/worldForThisFile'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Routes = Partial<Record<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', Handler>>

export type Answer = { status: number; body: any; text: string; headers: Headers }

export type AskInit = { headers?: Record<string, string>; body?: BodyInit | null; token?: string; language?: string }

export type Ask = (method: keyof Routes, path: string, init?: AskInit) => Promise<Answer>

/** Load after startPayload(): the routes read the configuration when they are imported. */
export async function routeClient(): Promise<Ask> {
  const rest = (await import('../../../src/app/(payload)/api/[...slug]/route')) as Routes
  const graphql = (await import('../../../src/app/(payload)/api/graphql/route')) as Routes
  return async (method, path, init = {}) => {
    const url = `http://localhost${path}`
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    if (init.language) headers.set('Accept-Language', init.language)
    const pathname = new URL(url).pathname
    const slug = pathname
      .replace(/^\/api\/?/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent)
    const routes = pathname === '/api/graphql' ? graphql : rest
    const handler = routes[method]
    if (!handler) throw new Error(`no ${method} handler for ${path}`)
    const request = new Request(url, { method, headers, body: init.body ?? null, duplex: 'half' } as RequestInit)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, body: parseJson(text, null), text, headers: response.headers }
  }
}

export const json = (data: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof data === 'string' ? data : JSON.stringify(data),
})

/** Every sentence of a refusal, at the top or at a field (`{errors:[{message, path?, data:{errors}}]}`). */
export function messages(answer: Answer): { message: string; path?: string }[] {
  const out: { message: string; path?: string }[] = []
  for (const e of (answer.body?.errors ?? []) as {
    message?: string
    path?: string
    data?: { errors?: { message: string; path: string }[] }
  }[]) {
    const fields = e.data?.errors ?? []
    if (fields.length) fields.forEach((f) => out.push({ message: f.message, path: f.path }))
    else if (e.message) out.push(e.path ? { message: e.message, path: e.path } : { message: e.message })
  }
  return out
}

/**
 * The setup of the tests that ask the portal's routes: the world of fixtures.ts (worldForThisFile),
 * these actors signed in, and the route client. Filled in before the file's first test.
 */
export function routesForThisFile<A extends SignedInActor>(actors: readonly A[]) {
  const w = worldForThisFile((process.env.LOG_LEVEL ?? 'fatal') as 'fatal')
  const tokens = {} as Record<A, string>
  const client: { ask?: Ask } = {}
  beforeAll(async () => {
    const rest = await restClient(w.payload)
    for (const actor of actors) tokens[actor] = await rest.login(w.emails[actor], PASSWORD)
    client.ask = await routeClient()
  })
  const ask: Ask = (method, path, init) => client.ask!(method, path, init)
  return { w, tokens, ask }
}
