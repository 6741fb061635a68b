/**
 * Headers on every kind of response of the production build served for an https SERVER_URL, and
 * the client address as the running server sees it: the socket, and behind a proxy named in
 * TRUSTED_PROXIES the right-most hop it did not add, so rotating X-Forwarded-For escapes no limit.
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { sharedCopyStatusHeader } from '../../src/http/sharedPageCopies'
import { loginLimits } from '../../src/security/loginThrottle'
import { sharedCopyHeader, sharedCopySeconds } from '../../src/security/sharedCopy'
import { loadAliveUnderPolicy } from '../helpers/loadAliveUnderPolicy'
import { type RunningServer, signInAsDemoUser, startProductionServer } from '../helpers/productionServer'

let server: RunningServer
beforeAll(async () => {
  server = await startProductionServer({
    env: {
      PORTAL_DEMO: 'true',
      SERVER_URL: 'https://portal.example.fi',
      TRUSTED_PROXIES: '127.0.0.1, ::1',
      // As the bench starts it (tests/start/production.test.ts checks the page is absent otherwise).
      PORTAL_BENCH: '1',
      KEEP_SHARED_PAGES: 'true',
      // The demo's signed-in users, for the editor's save.
      PORTAL_E2E_USERS: 'true',
    },
  })
})

test('a server the bench starts serves its yardstick page, which names no language', async () => {
  const res = await fetch(`${server.url}/bench-baseline`)
  expect(res.status).toBe(200)
  expect(await res.text()).toContain('baseline')
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

describe('an instance keeping its own copies of the pages that are the same for everyone (KEEP_SHARED_PAGES)', () => {
  const asBrowser = (path: string, headers: Record<string, string> = {}) =>
    fetch(server.url + path, { headers: { accept: 'text/html,application/xhtml+xml', ...headers } })
  const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1]
  const scriptNonces = (html: string) => [
    ...new Set([...html.matchAll(/<script\b[^>]*nonce="([^"]+)"/g)].map((m) => m[1])),
  ]

  test('a browser gets the page from the copy: the same page, with a nonce of its own each time', async () => {
    const answers: { copy: string | null; nonce: string; html: string; headers: Headers }[] = []
    for (let i = 0; i < 3; i++) {
      const res = await asBrowser('/fi/library')
      expect(res.status).toBe(200)
      answers.push({
        copy: res.headers.get(sharedCopyStatusHeader),
        nonce: nonceOf(res)!,
        html: await res.text(),
        headers: res.headers,
      })
    }
    expect(answers.map((a) => a.copy)).toContain('HIT')
    expect(new Set(answers.map((a) => a.nonce)).size).toBe(3)
    for (const a of answers) {
      expect(a.nonce).toMatch(/^[A-Za-z0-9+/]{24}$/)
      // Every script carries this answer's nonce; no placeholder or other visitor's nonce is left.
      expect(scriptNonces(a.html)).toEqual([a.nonce])
      expect(a.headers.get('cache-control')).toContain('no-store')
      expect(a.headers.get('x-frame-options')).toBe('DENY')
      expect(a.headers.get('content-security-policy')).not.toContain(',')
    }
    // The very page a request of its own gets (asked as Next.js's router asks, it is rendered).
    const rendered = await fetch(`${server.url}/fi/library`)
    expect(rendered.headers.get(sharedCopyStatusHeader)).toBeNull()
    const renderedNonce = nonceOf(rendered)!
    const last = answers.at(-1)!
    expect(last.html.replaceAll(last.nonce, 'N')).toBe((await rendered.text()).replaceAll(renderedNonce, 'N'))
  })

  test('personal pages, a query, a signed-in visitor and a missing page are rendered for their request', async () => {
    const own: [string, Record<string, string>, number][] = [
      ['/fi/my-data', {}, 200],
      ['/fi/subscribe', {}, 200],
      ['/fi/search?q=kunta', {}, 200],
      ['/fi/library?language=so', {}, 200],
      ['/fi/library', { cookie: 'payload-token=whoever' }, 200],
    ]
    for (const [path, headers, status] of own) {
      for (let i = 0; i < 2; i++) {
        const res = await asBrowser(path, headers)
        expect(res.status).toBe(status)
        expect(res.headers.get(sharedCopyStatusHeader)).toBeNull()
        await res.arrayBuffer()
      }
    }
    // A missing page answers the visitor who asked from its rendering, and is not kept.
    for (let i = 0; i < 2; i++) {
      const res = await asBrowser('/fi/ei-ole-olemassa')
      expect(res.status).toBe(404)
      expect(res.headers.get(sharedCopyStatusHeader)).not.toBe('HIT')
      expect(scriptNonces(await res.text())).toEqual([nonceOf(res)])
    }
  })

  test('in a browser, a page from the copy runs its scripts under its policy: nothing is blocked and the page comes alive', async () => {
    const answers = await loadAliveUnderPolicy(`${server.url}/fi/municipalities`, 3)
    expect(answers.map((headers) => headers[sharedCopyStatusHeader])).toContain('HIT')
  })

  test('an editor’s save through the instance shows to the next visitor at once', async () => {
    const auth = await signInAsDemoUser(server.url, 'editor@example.org')
    const found = await fetch(`${server.url}/api/pages?where[slug][equals]=contacts&depth=0&limit=1`)
    const { id } = ((await found.json()) as { docs: { id: string }[] }).docs[0]
    await (await asBrowser('/fi/contacts')).arrayBuffer()
    expect((await asBrowser('/fi/contacts')).headers.get(sharedCopyStatusHeader)).toBe('HIT')
    const summary = `Päivitetty ${crypto.randomUUID()}`
    const save = await fetch(`${server.url}/api/pages/${id}?locale=fi`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ summary }),
    })
    expect(save.status).toBe(200)
    const after = await asBrowser('/fi/contacts')
    expect(after.headers.get(sharedCopyStatusHeader)).toBe('MISS')
    expect(await after.text()).toContain(summary)
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
