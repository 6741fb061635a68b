/**
 * The auth cookie on a site served over https: Secure, HttpOnly, SameSite=Lax; and a request that
 * carries it from another origin is not signed in (Payload's CSRF check on SERVER_URL), so
 * cross-origin writes stay refused. Through Payload's real REST handlers.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { peerAddressHeader } from '../../../src/http/clientAddress'
import { buildWorld, PASSWORD, type World } from '../../helpers/fixtures'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const site = 'https://portal.example.fi'
let portal: TestPortal
let w: World
let handlers: Record<'POST' | 'PATCH', Handler>
let cookie = ''

beforeAll(async () => {
  process.env.SERVER_URL = site
  portal = await startPayload()
  portal.payload.logger.level = 'fatal'
  w = await buildWorld(portal.payload)
  const { REST_PATCH, REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../payload.config')
  handlers = { POST: REST_POST(config) as Handler, PATCH: REST_PATCH(config) as Handler }
})
afterAll(async () => {
  delete process.env.SERVER_URL
  await portal?.stop()
})

async function call(method: 'POST' | 'PATCH', path: string, body: unknown, headers: Record<string, string> = {}) {
  const url = `${site}${path}`
  const request = new Request(url, {
    method,
    headers: { 'content-type': 'application/json', [peerAddressHeader()]: '203.0.113.40', ...headers },
    body: JSON.stringify(body),
  })
  const slug = path.replace(/^\/api\//, '').split('/')
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

test('the auth cookie is Secure, HttpOnly and SameSite=Lax when SERVER_URL is https', async () => {
  const res = await call('POST', '/api/users/login', { email: w.emails.editor, password: PASSWORD })
  expect(res.status).toBe(200)
  const setCookie = res.headers.get('set-cookie') ?? ''
  expect(setCookie).toMatch(/^payload-token=/)
  expect(setCookie).toMatch(/;\s*Secure/i)
  expect(setCookie).toMatch(/;\s*HttpOnly/i)
  expect(setCookie).toMatch(/;\s*SameSite=Lax/i)
  cookie = setCookie.split(';')[0]
})

test('the cookie sent from another origin signs no one in: the write is refused and nothing changes', async () => {
  const path = `/api/users/${w.users.editor.id}`
  const foreign = await call('PATCH', path, { name: 'Kaapattu' }, { cookie, origin: 'https://evil.example' })
  expect([401, 403]).toContain(foreign.status)
  const user = await w.payload.findByID({ collection: 'users', id: w.users.editor.id, overrideAccess: true })
  expect(user.name).toBe('Toimittaja')
  const own = await call('PATCH', path, { name: 'Toimittaja T.' }, { cookie, origin: site })
  expect(own.status).toBe(200)
})
