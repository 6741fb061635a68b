/**
 * Bad input never reaches a 500 or the database: what a careless script or an attacker sends to
 * `POST /api/sessions` (no object at all, text, absurd nesting, huge lists, a date that is none, a
 * link to nothing, a value of the wrong type) is refused with 400 and a sentence in the asker's
 * language, at the field when it is about one, and nothing is stored. Asked through the portal's own
 * route handlers.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { buildWorld, countAll, PASSWORD, type World } from '../../helpers/fixtures'
import { restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Ask, json, messages, routeClient } from './askRoutes'

let portal: TestPortal
let w: World
let ask: Ask
let token = ''

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = process.env.LOG_LEVEL ?? 'fatal'
  w = await buildWorld(portal.payload)
  token = await (await restClient(portal.payload)).login(w.emails.coordinatorA, PASSWORD)
  ask = await routeClient()
})
afterAll(async () => {
  await portal?.stop()
})

const session = () => ({ project: w.projects.A, populationGroup: 'Somaliaa puhuvat nuoret', language: w.languages.ar })

function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
}

type Case = {
  name: string
  body: () => { headers: Record<string, string>; body: string }
  expected: RegExp
  path?: string
}

const cases: Case[] = [
  {
    name: 'a body of null',
    body: () => json('null'),
    expected: /could not be read/,
  },
  {
    name: 'a text/plain body',
    body: () => ({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify(session()) }),
    expected: /could not be read/,
  },
  {
    name: 'a JSON array instead of an object',
    body: () => json([session()]),
    expected: /could not be read/,
  },
  {
    name: '5,000-deep nested JSON',
    body: () => json(`{"project":${JSON.stringify(w.projects.A)},"place":${nested(5000)}}`),
    expected: /nested too deeply/,
  },
  {
    name: 'a 100,000-long array',
    body: () => json({ ...session(), place: new Array(100_000).fill(1) }),
    expected: /too many items/,
    path: 'place',
  },
  {
    name: 'a date that is not a date',
    body: () => json({ ...session(), date: 'not-a-date' }),
    expected: /valid date/,
    path: 'date',
  },
  {
    name: 'an organization that does not exist',
    body: () => json({ ...session(), organization: 999999 }),
    expected: /does not exist/,
    path: 'organization',
  },
  {
    name: 'a number for a text',
    body: () => json({ ...session(), populationGroup: 12345 }),
    expected: /Enter text/,
    path: 'populationGroup',
  },
  {
    name: 'an operator object for a text',
    body: () => json({ ...session(), populationGroup: { $gt: '' } }),
    expected: /Enter text/,
    path: 'populationGroup',
  },
  {
    name: 'a NUL byte in a text',
    body: () => json({ ...session(), populationGroup: 'Nuoret\u0000' }),
    expected: /control characters/,
    path: 'populationGroup',
  },
  {
    name: 'a line break in a one-line text',
    body: () => json({ ...session(), facilitator: 'Maija\r\nBcc: x@example.com' }),
    expected: /control characters/,
    path: 'facilitator',
  },
]

describe('POST /api/sessions', () => {
  test.each(cases)('$name: 400 with a sentence, nothing stored', async ({ body, expected, path }) => {
    const before = await countAll(portal.payload, 'sessions')
    const res = await ask('POST', '/api/sessions', { ...body(), token, language: 'en' })
    expect(res.status).toBe(400)
    const said = messages(res)
    expect(said.length).toBeGreaterThan(0)
    expect(said.map((m) => m.message).join(' ')).toMatch(expected)
    expect(said.some((m) => path !== undefined && m.path === path)).toBe(path !== undefined)
    expect(await countAll(portal.payload, 'sessions')).toBe(before)
  })

  test.each([
    ['fi', { date: 'not-a-date' }, { path: 'date', message: 'Anna kelvollinen päivämäärä.' }],
    ['sv', { date: 'not-a-date' }, { path: 'date', message: 'Ange ett giltigt datum.' }],
    [
      'fi',
      { organization: 'ei-ole' },
      { path: 'organization', message: 'Valittua tietuetta ei ole olemassa. Valitse se luettelosta.' },
    ],
    [
      'sv',
      { organization: 999999 },
      { path: 'organization', message: 'Den valda posten finns inte. Välj en i listan.' },
    ],
  ])('in %s, %j is refused at its field in that language', async (language, data, expected) => {
    const res = await ask('POST', '/api/sessions', { ...json({ ...session(), ...data }), token, language })
    expect(res.status).toBe(400)
    expect(messages(res)).toContainEqual(expected)
  })

  test('a good session is still stored', async () => {
    const res = await ask('POST', '/api/sessions', {
      ...json({ ...session(), date: '2025-05-01T12:00:00.000Z', organization: w.organizations.partnerNgo }),
      token,
    })
    expect(res.status).toBe(201)
  })
})
