/**
 * Headers on every kind of response of the production build served for an https SERVER_URL, and
 * the client address as the running server sees it: the socket, and behind a proxy named in
 * TRUSTED_PROXIES the right-most hop it did not add, so rotating X-Forwarded-For escapes no limit.
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { loginLimits } from '../../src/security/loginThrottle'
import { sharedCopyHeader, sharedCopySeconds } from '../../src/security/sharedCopy'
import { type RunningServer, startProductionServer } from '../helpers/productionServer'

let server: RunningServer
beforeAll(async () => {
  server = await startProductionServer({
    env: { PORTAL_DEMO: 'true', SERVER_URL: 'https://portal.example.fi', TRUSTED_PROXIES: '127.0.0.1, ::1' },
  })
})
afterAll(async () => {
  await server?.stop()
})

const pages: [string, string][] = [
  ['a CMS page', '/fi'],
  ['the library', '/fi/library'],
  ['a filtered list (rewritten)', '/fi/municipalities?q=a'],
  ['a form page (dynamic)', '/en/subscribe'],
  ['the site’s 404', '/fi/ei-ole-olemassa'],
  ['robots.txt', '/robots.txt'],
  ['the admin’s sign-in', '/admin/login'],
  ['REST', '/api/languages?limit=1'],
  ['GraphQL', '/api/graphql'],
  ['a static file', '/favicon.ico'],
]

describe('security headers', () => {
  test.each(pages)('%s (%s)', async (_kind, path) => {
    const res = await fetch(server.url + path, { redirect: 'manual' })
    expect(res.status).toBeLessThan(500)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/https?:\/\//)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('permissions-policy')).toContain('camera=()')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  test('a public page runs only the scripts carrying its own nonce, a new one on each request', async () => {
    const nonces: string[] = []
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.url}/fi/library`)
      const csp = res.headers.get('content-security-policy') ?? ''
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
      expect(scriptSrc).not.toContain("'unsafe-inline'")
      expect(scriptSrc).toContain("'strict-dynamic'")
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1]
      expect(nonce).toBeTruthy()
      // Next.js gave the page's own scripts the nonce; no script goes without it.
      const html = await res.text()
      const scripts = html.match(/<script\b[^>]*>/g) ?? []
      expect(scripts.length).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
      // A nonce-carrying page is for this visitor only: no shared cache keeps it.
      expect(res.headers.get('cache-control')).not.toMatch(/s-maxage|public/)
      // One policy only (a second one, e.g. from next.config, would arrive joined by a comma).
      expect(csp).not.toContain(',')
      nonces.push(nonce as string)
    }
    expect(nonces[0]).not.toBe(nonces[1])
  })

  test('the caching proxy gets a page that is the same for everyone with its placeholder nonce, to keep a second; never a personal one', async () => {
    const placeholder = crypto.randomBytes(16).toString('hex')
    const asProxy = (path: string, headers: Record<string, string> = {}, value = placeholder) =>
      fetch(server.url + path, { headers: { [sharedCopyHeader]: value, ...headers } })
    for (const path of ['/fi', '/fi/library', '/ar/municipalities/helsinki', '/fi/contacts']) {
      const res = await asProxy(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('x-accel-expires')).toBe(String(sharedCopySeconds))
      expect(res.headers.get('x-nonce-placeholder')).toBe(placeholder)
      expect(res.headers.get('content-security-policy')).toContain(`'nonce-${placeholder}'`)
      const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? []
      expect(scripts.length).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag).toContain(`nonce="${placeholder}"`)
    }
    // Personal pages, a query and a signed-in visitor get their own nonce and are not kept.
    const personal: [string, Record<string, string>][] = [
      ['/fi/my-data', {}],
      ['/fi/subscribe', {}],
      ['/fi/search?q=kunta', {}],
      ['/fi/library?part=guidance', {}],
      ['/fi/library', { cookie: 'payload-token=whoever' }],
    ]
    for (const [path, headers] of personal) {
      const res = await asProxy(path, headers)
      expect(res.headers.get('x-accel-expires')).toBeNull()
      expect(res.headers.get('x-nonce-placeholder')).toBeNull()
      expect(res.headers.get('content-security-policy')).not.toContain(placeholder)
      expect(await res.text()).not.toContain(placeholder)
    }
    // A guessable placeholder, or none, is not taken: the page has a nonce of its own.
    for (const value of ['1', 'placeholder', `${placeholder}'; script-src *`]) {
      const res = await asProxy('/fi/library', {}, value)
      expect(res.headers.get('x-accel-expires')).toBeNull()
      expect(res.headers.get('content-security-policy')).not.toContain(`'nonce-${value}'`)
    }
    const direct = await fetch(`${server.url}/fi/library`)
    expect(direct.headers.get('x-accel-expires')).toBeNull()
  })

  test('the admin keeps the inline scripts Payload needs; the API its nonce-less policy', async () => {
    const admin = (await fetch(`${server.url}/admin/login`)).headers.get('content-security-policy') ?? ''
    expect(admin).toContain("script-src 'self' 'unsafe-inline'")
    expect(admin).not.toContain('nonce-')
    const api = (await fetch(`${server.url}/api/languages?limit=1`)).headers.get('content-security-policy') ?? ''
    expect(api).not.toContain('nonce-')
    expect(api).not.toContain(',')
  })

  test('only the admin may show blob: previews of uploads', async () => {
    const admin = await fetch(`${server.url}/admin/login`)
    const portal = await fetch(`${server.url}/fi`)
    expect(admin.headers.get('content-security-policy')).toContain("img-src 'self' data: blob:")
    expect(portal.headers.get('content-security-policy')).toContain("img-src 'self' data:;")
  })
})

describe('the client address behind a trusted proxy', () => {
  async function login(forwardedFor: string): Promise<number> {
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ email: 'admin@example.org', password: 'wrong-password' }),
    })
    await res.text()
    return res.status
  }

  test('rotating the client-written part of X-Forwarded-For escapes no throttle', async () => {
    for (let i = 0; i < loginLimits.perPair; i++) expect(await login(`10.0.0.${i}, 198.51.100.10`)).toBe(401)
    expect(await login('10.0.0.99, 198.51.100.10')).toBe(429)
  })

  test('the hop the proxy added is the client: another client is not held back', async () => {
    expect(await login('198.51.100.11')).toBe(401)
  })
})
