/**
 * Failed sign-ins are throttled by client address and by account (429, Retry-After, a sentence in
 * the person's language), stored in the database; no account locks, so a stranger cannot keep its
 * owner out. The client address is the socket's unless TRUSTED_PROXIES names it
 * (src/http/clientAddress.ts). Through Payload's real REST login handler.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'

import { ConfigurationError } from '../../../src/config/ConfigurationError'
import { readSettings } from '../../../src/config/readSettings'
import { clientAddress, parseTrustedProxies, peerAddressHeader } from '../../../src/http/clientAddress'
import { loginLimits } from '../../../src/security/loginThrottle'
import { forgotPasswordLimits } from '../../../src/security/throttleForgotPassword'
import { buildWorld, countAll, PASSWORD, type World } from '../../helpers/fixtures'
import { parseJson } from '../../helpers/parseJson'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Answer = { status: number; body: any; retryAfter: string | null; setCookie: string }

let portal: TestPortal
let w: World
let post: Handler

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = 'fatal'
  w = await buildWorld(portal.payload)
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../payload.config')
  post = REST_POST(config) as Handler
})
afterAll(async () => {
  await portal?.stop()
})
afterEach(async () => {
  delete process.env.TRUSTED_PROXIES
  await w.payload.delete({ collection: 'signup-attempts', where: { id: { exists: true } }, overrideAccess: true })
})

/** A sign-in as the admin's login form sends it, from the socket address `from`. */
async function login(
  email: string,
  password: string,
  from: string,
  extra: Record<string, string> = {},
): Promise<Answer> {
  const headers = new Headers({ 'content-type': 'application/json', [peerAddressHeader()]: from, ...extra })
  const request = new Request('http://localhost/api/users/login', {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password }),
  })
  const res = await post(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  const setCookie = res.headers.get('set-cookie') ?? ''
  return {
    status: res.status,
    body: parseJson(await res.text()),
    retryAfter: res.headers.get('retry-after'),
    setCookie,
  }
}

describe('the client address', () => {
  const req = (peer: string | null, forwarded?: string) => {
    const headers = new Headers()
    if (peer !== null) headers.set(peerAddressHeader(), peer)
    if (forwarded) headers.set('x-forwarded-for', forwarded)
    return { headers }
  }

  test('is the socket address; X-Forwarded-For is not read unless the peer is a trusted proxy', () => {
    expect(clientAddress(req('203.0.113.9', '1.1.1.1'))).toBe('203.0.113.9')
    expect(clientAddress(req('::ffff:203.0.113.9'))).toBe('203.0.113.9')
    const proxies = parseTrustedProxies('10.0.0.0/8, 127.0.0.1')
    expect(clientAddress(req('203.0.113.9', '1.1.1.1'), proxies)).toBe('203.0.113.9')
  })

  test('behind trusted proxies it is the right-most hop that is not one of them', () => {
    const proxies = parseTrustedProxies('10.0.0.0/8,127.0.0.1,::1')
    expect(clientAddress(req('127.0.0.1', '6.6.6.6, 198.51.100.7'), proxies)).toBe('198.51.100.7')
    expect(clientAddress(req('::1', '6.6.6.6, 198.51.100.7, 10.1.2.3'), proxies)).toBe('198.51.100.7')
    expect(clientAddress(req('127.0.0.1', '10.0.0.2'), proxies)).toBe('10.0.0.2')
    expect(clientAddress(req('127.0.0.1'), proxies)).toBe('127.0.0.1')
  })

  test('a request the server did not stamp is one shared bucket, whatever its headers say', () => {
    expect(clientAddress(req(null, '1.2.3.4'))).toBe('unknown')
    expect(clientAddress({ headers: new Headers({ 'x-portal-peer': '1.2.3.4', 'x-real-ip': '1.2.3.4' }) })).toBe(
      'unknown',
    )
  })

  test('a TRUSTED_PROXIES entry that is no address or range stops the start with one sentence', () => {
    expect(() => readSettings({ ...process.env, TRUSTED_PROXIES: '10.0.0.0/8, proxy.local' })).toThrow(
      ConfigurationError,
    )
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/TRUSTED_PROXIES/)
    expect(parseTrustedProxies('2001:db8::/32').has('2001:db8::1')).toBe(true)
  })
})

describe('signing in', () => {
  test('five wrong passwords from one address hold that address back on that account, with Retry-After', async () => {
    for (let i = 0; i < loginLimits.perPair; i++)
      expect((await login(w.emails.admin, 'wrong', '203.0.113.5')).status).toBe(401)
    const held = await login(w.emails.admin, PASSWORD, '203.0.113.5', { 'accept-language': 'en' })
    expect(held.status).toBe(429)
    expect(Number(held.retryAfter)).toBeGreaterThan(0)
    expect(Number(held.retryAfter)).toBeLessThanOrEqual(loginLimits.windowMs / 1000)
    expect(held.body.errors[0].message).toBe('Too many failed sign-ins. Try again in 15 minutes.')
    const fi = await login(w.emails.admin, PASSWORD, '203.0.113.5', { 'accept-language': 'fi' })
    expect(fi.body.errors[0].message).toMatch(/^Liian monta epäonnistunutta kirjautumisyritystä/)
  })

  test('the account is not locked: its owner signs in from their own address at once', async () => {
    for (let i = 0; i < loginLimits.perPair; i++) await login(w.emails.admin, 'wrong', '203.0.113.5')
    const owner = await login(w.emails.admin, PASSWORD, '198.51.100.20')
    expect(owner.status).toBe(200)
    expect(owner.body.token).toEqual(expect.any(String))
    // On http (SERVER_URL unset here) the cookie cannot be Secure, but stays HttpOnly and SameSite=Lax.
    expect(owner.setCookie).toMatch(/HttpOnly/i)
    expect(owner.setCookie).toMatch(/SameSite=Lax/i)
    expect(owner.setCookie).not.toMatch(/Secure/i)
    const user = await w.payload.findByID({ collection: 'users', id: w.users.admin.id, overrideAccess: true })
    expect(user).not.toHaveProperty('lockUntil')
  })

  test('one address failing across many accounts is held back; other addresses are not', async () => {
    for (let i = 0; i < loginLimits.perAddress; i++)
      expect((await login(`nobody${i}@example.org`, 'wrong', '203.0.113.6')).status).toBe(401)
    const held = await login(w.emails.editor, PASSWORD, '203.0.113.6')
    expect(held.status).toBe(429)
    expect(held.retryAfter).toMatch(/^\d+$/)
    expect((await login(w.emails.editor, PASSWORD, '203.0.113.7')).status).toBe(200)
  })

  test('an account failing from many addresses together is held back', async () => {
    let n = 0
    for (let a = 0; n < loginLimits.perAccount; a++)
      for (let i = 0; i < loginLimits.perPair && n < loginLimits.perAccount; i++, n++)
        expect((await login(w.emails.coordinatorA, 'wrong', `192.0.2.${a + 1}`)).status).toBe(401)
    expect((await login(w.emails.coordinatorA, PASSWORD, '192.0.2.200')).status).toBe(429)
  })

  test('successful sign-ins are not failures, and nothing but keyed hashes is stored', async () => {
    for (let i = 0; i < loginLimits.perPair + 2; i++)
      expect((await login(w.emails.organizerPartner, PASSWORD, '203.0.113.8')).status).toBe(200)
    expect(await countAll(w.payload, 'signup-attempts')).toBe(0)
    await login(w.emails.organizerPartner, 'wrong', '203.0.113.8')
    const { docs } = await w.payload.find({ collection: 'signup-attempts', overrideAccess: true })
    expect(docs).toHaveLength(3)
    for (const doc of docs) {
      expect(doc.keyHash).toMatch(/^[0-9a-f]{64}$/)
      expect(JSON.stringify(doc)).not.toContain('203.0.113.8')
      expect(JSON.stringify(doc)).not.toContain(w.emails.organizerPartner)
    }
  })

  test('behind a trusted proxy, rotating X-Forwarded-For does not escape the throttle', async () => {
    process.env.TRUSTED_PROXIES = '127.0.0.1'
    for (let i = 0; i < loginLimits.perPair; i++) {
      const spoofed = { 'x-forwarded-for': `10.9.8.${i}, 198.51.100.77` }
      expect((await login(w.emails.editor, 'wrong', '127.0.0.1', spoofed)).status).toBe(401)
    }
    const next = { 'x-forwarded-for': '10.9.8.200, 198.51.100.77' }
    expect((await login(w.emails.editor, PASSWORD, '127.0.0.1', next)).status).toBe(429)
    expect((await login(w.emails.editor, PASSWORD, '127.0.0.1', { 'x-forwarded-for': '198.51.100.78' })).status).toBe(
      200,
    )
  })

  test('without TRUSTED_PROXIES a client-written X-Forwarded-For changes nothing', async () => {
    for (let i = 0; i < loginLimits.perPair; i++)
      await login(w.emails.editor, 'wrong', '203.0.113.9', { 'x-forwarded-for': `10.0.0.${i}` })
    const res = await login(w.emails.editor, PASSWORD, '203.0.113.9', { 'x-forwarded-for': '10.0.0.99' })
    expect(res.status).toBe(429)
  })
})

describe('asking for a password reset', () => {
  async function forgot(email: string, from: string, language = 'en'): Promise<Answer> {
    const request = new Request('http://localhost/api/users/forgot-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [peerAddressHeader()]: from, 'accept-language': language },
      body: JSON.stringify({ email }),
    })
    const res = await post(request, { params: Promise.resolve({ slug: ['users', 'forgot-password'] }) })
    return {
      status: res.status,
      body: parseJson(await res.text()),
      retryAfter: res.headers.get('retry-after'),
      setCookie: '',
    }
  }

  test('three requests an hour reach one inbox; the fourth is refused with Retry-After in the person’s language, from any address', async () => {
    for (let i = 0; i < forgotPasswordLimits.perAccount; i++)
      expect((await forgot(w.emails.editor, `203.0.113.${20 + i}`)).status).toBe(200)
    const held = await forgot(w.emails.editor, '203.0.113.30')
    expect(held.status).toBe(429)
    expect(Number(held.retryAfter)).toBeGreaterThan(0)
    expect(held.body.errors[0].message).toBe('Too many password reset requests. Try again in 60 minutes.')
    const fi = await forgot(w.emails.editor, '203.0.113.31', 'fi')
    expect(fi.body.errors[0].message).toMatch(/^Liian monta salasanan palautuspyyntöä/)
    // Another person's reset still goes.
    expect((await forgot(w.emails.admin, '203.0.113.32')).status).toBe(200)
  })

  test('an address without an account is counted the same (the answers never tell), and one client address is held back after ten', async () => {
    for (let i = 0; i < forgotPasswordLimits.perAccount; i++)
      expect((await forgot('nobody@example.org', `198.51.100.${40 + i}`)).status).toBe(200)
    expect((await forgot('nobody@example.org', '198.51.100.50')).status).toBe(429)
    for (let i = 0; i < forgotPasswordLimits.perAddress; i++)
      expect((await forgot(`someone${i}@example.org`, '198.51.100.60')).status).toBe(200)
    expect((await forgot('someone-else@example.org', '198.51.100.60')).status).toBe(429)
  })
})
