/**
 * When Resend hangs, a single message gives up after its timeout: the public form answers "try again
 * later" in the visitor's language (a page for a browser, the refusal shape for a script), and no
 * half-done sign-up or workspace request is left behind. Against the Resend stand-in, made to hang.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'

import { countAll } from '../../helpers/fixtures'
import { type ResendStandIn, startResendStandIn } from '../../helpers/resendStandIn'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Ask, json, routeClient } from './askRoutes'

let portal: TestPortal
let standIn: ResendStandIn
let ask: Ask

beforeAll(async () => {
  standIn = await startResendStandIn()
  process.env.RESEND_API_KEY = 're_test_key'
  process.env.RESEND_BASE_URL = standIn.url
  process.env.EMAIL_SEND_TIMEOUT_MS = '1500'
  process.env.EMAIL_RETRY_BASE_MS = '10'
  portal = await startPayload()
  portal.payload.logger.level = (process.env.LOG_LEVEL ?? 'fatal') as 'fatal'
  await portal.payload.create({
    collection: 'users',
    data: { email: 'admin@example.fi', password: 'pitkä-ja-hyvä-salasana-42', name: 'Admin', role: 'admin' } as never,
  })
  ask = await routeClient()
})
afterAll(async () => {
  await portal?.stop()
  await standIn?.close()
  for (const key of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'EMAIL_SEND_TIMEOUT_MS', 'EMAIL_RETRY_BASE_MS'])
    delete process.env[key]
})
beforeEach(() => standIn.reset())

const signup = (email: string) => ({ email, language: 'sv', consent: true, lang: 'sv' })
const form = (fields: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams(fields).toString(),
})

describe('Resend hangs', () => {
  test('a script’s sign-up gets 503 "try again later" in its language, and no subscriber is left', async () => {
    standIn.holdAnswersAfter(0)
    const res = await ask('POST', '/api/email/subscribe', {
      ...json(signup('hang@example.fi')),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
    })
    expect(res.status).toBe(503)
    expect(res.body).toEqual({
      errors: [
        { message: 'Meddelandet kunde inte skickas just nu, så ingenting sparades. Försök igen om några minuter.' },
      ],
    })
    expect(await countAll(portal.payload, 'subscribers', { email: { equals: 'hang@example.fi' } })).toBe(0)
  })

  test('a browser’s sign-up goes to the form page with the try-again sentence', async () => {
    standIn.holdAnswersAfter(0)
    const res = await ask('POST', '/api/email/subscribe', {
      ...form({ email: 'hang2@example.fi', language: 'en', consent: 'on', lang: 'en' }),
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/en/subscribe?error=tryLater')
    expect(await countAll(portal.payload, 'subscribers', { email: { equals: 'hang2@example.fi' } })).toBe(0)
  })

  test('a workspace request whose notice cannot be sent is not left behind', async () => {
    standIn.holdAnswersAfter(0)
    const res = await ask(
      'POST',
      '/api/email/workspace',
      json({
        name: 'Anna',
        email: 'anna@example.fi',
        organization: 'Närpes stad',
        language: 'fi',
        consent: true,
        lang: 'fi',
      }),
    )
    expect(res.status).toBe(503)
    expect(res.body.errors[0].message).toMatch(/^Viestiä ei juuri nyt voitu lähettää/)
    expect(await countAll(portal.payload, 'workspace-requests')).toBe(0)
  })

  test('once Resend answers again, the same sign-up goes through', async () => {
    const res = await ask('POST', '/api/email/subscribe', {
      ...json(signup('hang@example.fi')),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.8' },
    })
    expect(res.status).toBe(202)
    expect(standIn.delivered.map((m) => m.to)).toEqual([['hang@example.fi']])
    expect(await countAll(portal.payload, 'subscribers', { email: { equals: 'hang@example.fi' } })).toBe(1)
  })
})
