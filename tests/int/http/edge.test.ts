/**
 * The one HTTP edge (src/http): every custom endpoint answers a refusal in one shape, Payload's
 * `{ errors: [{ message, path? }] }`, in the asker's language; a body over the limit gets a 413 and one
 * that cannot be read a 400, and neither changes anything. Asked through Payload's real REST handlers
 * as a browser or a script would.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { preferredLanguage, requestLanguage } from '../../../src/http/requestLanguage'
import { siteUrl } from '../../../src/http/siteUrl'
import { buildWorld, countAll, PASSWORD, type World } from '../../helpers/fixtures'
import { parseJson } from '../../helpers/parseJson'
import { restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Answer = { status: number; body: any; headers: Headers }

let portal: TestPortal
let w: World
let handlers: Record<'GET' | 'POST', Handler>
const tokens = {} as Record<'coordinatorA' | 'organizerPartner' | 'editor', string>
let board = ''
let survey = ''

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = 'fatal'
  w = await buildWorld(portal.payload)
  const rest = await restClient(portal.payload)
  for (const actor of ['coordinatorA', 'organizerPartner', 'editor'] as const)
    tokens[actor] = await rest.login(w.emails[actor], PASSWORD)
  await portal.payload.update({
    collection: 'experience-cards',
    id: w.cards.A,
    data: { selectedForEvent: true },
    overrideAccess: true,
  })
  const event = await portal.payload.update({
    collection: 'decision-events',
    id: w.events.A,
    data: { status: 'open', smallGroups: [{ name: 'Ryhmä 1' }] },
    overrideAccess: true,
  })
  board = event.boardToken as string
  survey = event.surveyToken as string
  const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../payload.config')
  handlers = { GET: REST_GET(config) as Handler, POST: REST_POST(config) as Handler }
})
afterAll(async () => {
  await portal?.stop()
})

async function ask(
  method: 'GET' | 'POST',
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit; token?: string } = {},
): Promise<Answer> {
  const url = `http://localhost${path}`
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  const slug = new URL(url).pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
  const request = new Request(url, { method, headers, body: init.body, duplex: 'half' } as RequestInit)
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, body: parseJson(await response.text(), null), headers: response.headers }
}

const json = (data: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(data),
})

/** The one refusal shape: `errors`, each a sentence with, for a field, its path; nothing else. */
function expectOneShape(answer: Answer) {
  expect(Object.keys(answer.body ?? {})).toEqual(['errors'])
  expect(answer.body.errors.length).toBeGreaterThan(0)
  for (const item of answer.body.errors) {
    expect(typeof item.message).toBe('string')
    expect(item.message.trim().length).toBeGreaterThan(10)
    expect(Object.keys(item).every((k) => k === 'message' || k === 'path')).toBe(true)
  }
}

describe('the language an answer is written in', () => {
  const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers })

  test('a visitor: the page’s lang field, then ?lang=, then the browser by q-value, then Finnish', () => {
    const browser = { 'accept-language': 'de-DE, en;q=0.5, sv;q=0.8' }
    expect(requestLanguage(request('http://x/api/a?lang=en', browser), 'visitor', { lang: 'sv' })).toBe('sv')
    expect(requestLanguage(request('http://x/api/a?lang=en', browser), 'visitor')).toBe('en')
    expect(requestLanguage(request('http://x/api/a', browser), 'visitor')).toBe('sv')
    expect(requestLanguage(request('http://x/api/a', { 'accept-language': 'de, ru' }), 'visitor')).toBe('fi')
    expect(requestLanguage(request('http://x/api/a?lang=xx'), 'visitor', { lang: 'de' })).toBe('fi')
  })

  test('an admin: the language Payload chose for them, never a form field or a document’s ?lang=', () => {
    const asked = Object.assign(request('http://x/api/a?lang=sv', { 'accept-language': 'en' }), {
      i18n: { language: 'fi' },
    })
    expect(requestLanguage(asked, 'admin', { lang: 'sv' })).toBe('fi')
    // Outside Payload's handlers (no choice made yet), the browser's preference.
    expect(requestLanguage(request('http://x/api/a?lang=sv', { 'accept-language': 'en' }), 'admin')).toBe('en')
  })

  test('the browser’s preference honours q-values and order, and regional variants', () => {
    expect(preferredLanguage('en-GB;q=0.4, sv-FI;q=0.9, fi;q=0.1')).toBe('sv')
    expect(preferredLanguage('fi-FI, en')).toBe('fi')
    expect(preferredLanguage('en;q=0')).toBeUndefined()
    expect(preferredLanguage(undefined)).toBeUndefined()
  })
})

describe('reading a body', () => {
  test('a board answer over the limit gets a 413 in the board’s language and writes nothing', async () => {
    const before = await countAll(portal.payload, 'event-verdicts')
    const note = 'x'.repeat(70 * 1024)
    const res = await ask(
      'POST',
      `/api/event-board/${board}/verdicts?lang=en`,
      json({ card: w.cards.A, group: 'Ryhmä 1', verdict: 'more', note }),
    )
    expect(res.status).toBe(413)
    expectOneShape(res)
    expect(res.body.errors[0].message).toBe('What was sent is too large to handle (at most 64 KB). Nothing was saved.')
    expect(await countAll(portal.payload, 'event-verdicts')).toBe(before)
  })

  test('a body sent without a length (streamed) is cut off at the limit too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const res = await ask('POST', `/api/event-survey/${survey}?lang=sv`, {
      headers: { 'content-type': 'application/json' },
      body: stream,
    })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toBe(
      'De skickade uppgifterna är för stora för att behandlas (högst 64 kB). Ingenting sparades.',
    )
  })

  test('broken JSON, or JSON that is not an object, gets a 400 in the page’s language', async () => {
    const before = await countAll(portal.payload, 'feedback-responses')
    for (const body of ['{"eventEffect": "much"', '["much"]']) {
      const res = await ask('POST', `/api/event-survey/${survey}?lang=fi`, {
        headers: { 'content-type': 'application/json' },
        body,
      })
      expect(res.status).toBe(400)
      expectOneShape(res)
      expect(res.body.errors[0].message).toBe(
        'Lähetettyjä tietoja ei voitu lukea. Lähetä lomake tai JSON-objekti. Mitään ei tallennettu.',
      )
    }
    expect(await countAll(portal.payload, 'feedback-responses')).toBe(before)
  })

  test('the same answer posted as a form is read like JSON', async () => {
    const res = await ask('POST', `/api/event-survey/${survey}?lang=fi`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ eventEffect: 'much', comments: 'Hyvä tilaisuus' }).toString(),
    })
    expect(res.status).toBe(201)
  })
})

describe('one refusal shape for every endpoint', () => {
  type Case = [
    string,
    'GET' | 'POST',
    () => string,
    () => { headers?: Record<string, string>; body?: string; token?: keyof typeof tokens },
  ]
  const cases: Case[] = [
    ['an unknown board link', 'GET', () => `/api/event-board/${'x'.repeat(43)}`, () => ({})],
    ['a survey without answers', 'POST', () => `/api/event-survey/${survey}`, () => json({})],
    [
      'a board answer for an unknown group',
      'POST',
      () => `/api/event-board/${board}/verdicts`,
      () => json({ card: w.cards.A, group: 'Hakkeri', verdict: 'more' }),
    ],
    ['the project overview without signing in', 'GET', () => `/api/project-overview/${w.projects.A}`, () => ({})],
    ['a CSV export without signing in', 'GET', () => `/api/project-export/${w.projects.A}/sessions`, () => ({})],
    ['the next round without signing in', 'POST', () => `/api/project-next-round/${w.projects.A}`, () => ({})],
    [
      'the national overview for a coordinator',
      'GET',
      () => '/api/national-overview',
      () => ({ token: 'coordinatorA' }),
    ],
    [
      'an XLIFF export for an organizer',
      'GET',
      () => '/api/translations/xliff?language=so',
      () => ({ token: 'organizerPartner' }),
    ],
    [
      'a document of a record one may not read',
      'GET',
      () => `/api/documents/sessions/${w.sessions.B}/scribe-form.docx`,
      () => ({ token: 'coordinatorA' }),
    ],
    [
      'a newsletter sent by a coordinator',
      'POST',
      () => `/api/email/newsletters/${w.mailing.newsletter}/send`,
      () => ({ token: 'coordinatorA' }),
    ],
    [
      'a sign-up with a broken address',
      'POST',
      () => '/api/email/subscribe',
      () => json({ email: 'x', language: 'fi', consent: true }),
    ],
  ]
  test.each(cases)('%s', async (_what, method, path, init) => {
    const options = init()
    const res = await ask(method, path(), { ...options, token: options.token && tokens[options.token] })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expectOneShape(res)
  })

  test('a refusal is in the admin’s language and is not cached', async () => {
    const res = await ask('GET', '/api/national-overview', {
      token: tokens.coordinatorA,
      headers: { 'accept-language': 'sv' },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^Endast administratörer/)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  test('a browser’s form post that is too large goes back to its page, with the reason in the address', async () => {
    const res = await ask('POST', '/api/email/workspace', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ lang: 'sv', name: 'x'.repeat(30_000) }).toString(),
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/(fi|sv)\/workspace\?error=tooLarge$/)
  })
})

test('the site’s address comes from SERVER_URL, without a trailing slash, else this machine', () => {
  expect(siteUrl({ SERVER_URL: 'https://portaali.example.fi/' } as unknown as NodeJS.ProcessEnv)).toBe(
    'https://portaali.example.fi',
  )
  expect(siteUrl({ PORT: '4100' } as unknown as NodeJS.ProcessEnv)).toBe('http://localhost:4100')
})
