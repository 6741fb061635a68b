/**
 * Headers on every kind of response of the production build served for an https SERVER_URL, and
 * the client address as the running server sees it: the socket, and behind a proxy named in
 * TRUSTED_PROXIES the right-most hop it did not add, so rotating X-Forwarded-For escapes no limit.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { loginLimits } from '../../src/security/loginThrottle'
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
  ['the library (cached)', '/fi/library'],
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
