/**
 * The same careless or hostile input sent to every collection a coordinator writes, to GraphQL and
 * to the public endpoints: each is a 4xx with a sentence a person can read (never Payload's generic
 * "unknown error" or "The following field is invalid"), and nothing is stored. Asked through the
 * portal's own route handlers, as `npm start` serves them.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import { countAll, PASSWORD } from '../../helpers/fixtures'
import { restClient } from '../../helpers/rest'
import { worldForThisFile } from '../../helpers/worldForThisFile'
import { type Answer, type Ask, json, messages, routeClient } from './askRoutes'

const w = worldForThisFile('fatal')
let ask: Ask
let token = ''

beforeAll(async () => {
  token = await (await restClient(w.payload)).login(w.emails.coordinatorA, PASSWORD)
  ask = await routeClient()
})

type Target = { collection: CollectionSlug; base: () => Record<string, unknown>; text: string; link: string }

const targets: Target[] = [
  {
    collection: 'projects',
    base: () => ({ title: 'Uusi kierros', municipality: w.municipalities.A }),
    text: 'title',
    link: 'municipality',
  },
  {
    collection: 'sessions',
    base: () => ({ project: w.projects.A, populationGroup: 'Nuoret', language: w.languages.ar }),
    text: 'populationGroup',
    link: 'organization',
  },
  { collection: 'reports', base: () => ({ session: w.sessions.A, title: 'Raportti' }), text: 'title', link: 'session' },
  {
    collection: 'decision-events',
    base: () => ({ project: w.projects.A, title: 'Tilaisuus' }),
    text: 'title',
    link: 'project',
  },
  { collection: 'actions', base: () => ({ event: w.events.A, title: 'Toimenpide' }), text: 'title', link: 'event' },
  {
    collection: 'evaluations',
    base: () => ({ project: w.projects.A, title: 'Arvio', action: w.actions.A.private, responsibleParty: 'rooli' }),
    text: 'title',
    link: 'action',
  },
]

type Shape = { name: string; body: (t: Target) => { headers: Record<string, string>; body: string } }

const shapes: Shape[] = [
  { name: 'a body of null', body: () => json('null') },
  { name: 'an empty body', body: () => json('') },
  { name: 'broken JSON', body: () => json('{"title": "x"') },
  {
    name: 'a text/plain body',
    body: (t) => ({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify(t.base()) }),
  },
  { name: 'a JSON array', body: (t) => json([t.base()]) },
  { name: '5,000-deep nesting', body: (t) => json(`{"${t.text}":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`) },
  { name: 'a 100,000-long array', body: (t) => json({ ...t.base(), [t.text]: new Array(100_000).fill(1) }) },
  { name: 'a 2 MB body', body: (t) => json({ ...t.base(), [t.text]: 'x'.repeat(2_000_000) }) },
  { name: 'a NUL byte in a text', body: (t) => json({ ...t.base(), [t.text]: 'Teksti\u0000' }) },
  {
    name: 'a line break in a one-line text',
    body: (t) => json({ ...t.base(), [t.text]: 'Otsikko\r\nBcc: x@example.com' }),
  },
  { name: 'a number for a text', body: (t) => json({ ...t.base(), [t.text]: 12345 }) },
  { name: 'an operator object for a text', body: (t) => json({ ...t.base(), [t.text]: { $gt: '' } }) },
  { name: 'a link to a record that does not exist', body: (t) => json({ ...t.base(), [t.link]: 987654 }) },
  { name: 'an operator object for a link', body: (t) => json({ ...t.base(), [t.link]: { $ne: null } }) },
]

/** A sentence a person can act on, in the language asked for. */
function expectReadableRefusal(res: Answer) {
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  const said = messages(res).map((m) => m.message)
  expect(said.length).toBeGreaterThan(0)
  for (const sentence of said) {
    expect(sentence.trim().length).toBeGreaterThan(10)
    expect(sentence).not.toMatch(/unknown error|The following field is invalid|Something went wrong/i)
  }
}

const cases = targets.flatMap((target) => shapes.map((shape) => ({ ...shape, target, label: target.collection })))

describe('every collection a coordinator writes', () => {
  test.each(cases)('POST /api/$label with $name: a 4xx with a sentence, nothing stored', async ({ body, target }) => {
    const before = await countAll(w.payload, target.collection)
    const res = await ask('POST', `/api/${target.collection}`, { ...body(target), token, language: 'en' })
    expectReadableRefusal(res)
    expect(await countAll(w.payload, target.collection)).toBe(before)
  })
})

describe('GraphQL', () => {
  test.each([
    [
      'a query nested 12 levels deep',
      `{ __schema { types { ${'fields { type { '.repeat(5)}name${' } }'.repeat(5)} } } }`,
    ],
    ['broken query syntax', '{ Projects { docs { title '],
    ['a field that does not exist', '{ Projects { docs { noSuchField } } }'],
  ])('%s: refused with a message, no data, never a 5xx', async (_name, query) => {
    // GraphQL answers a query it refuses to run with its errors (status 200 or 400, as graphql-http does).
    const res = await ask('POST', '/api/graphql', { ...json({ query }), token, language: 'en' })
    expect(res.status).toBeLessThan(500)
    const body = res.body as { data?: unknown; errors?: { message: string }[] }
    expect(body.errors?.[0]?.message.trim().length).toBeGreaterThan(10)
    expect(body.data ?? null).toBeNull()
  })

  test('a mutation with a NUL byte stores nothing', async () => {
    const before = await countAll(w.payload, 'projects')
    const query = `mutation { createProject(data: { title: "A\\u0000", municipality: ${JSON.stringify(w.municipalities.A)} }) { id } }`
    const res = await ask('POST', '/api/graphql', { ...json({ query }), token, language: 'en' })
    expect(res.status).toBeLessThan(500)
    expect(res.text).toMatch(/control characters|error/i)
    expect(await countAll(w.payload, 'projects')).toBe(before)
  })
})

describe('the public forms', () => {
  const forms: [string, string, Record<string, unknown>, CollectionSlug][] = [
    [
      '/api/email/subscribe',
      'a NUL in the e-mail address',
      { email: 'a\u0000@example.org', language: 'fi' },
      'subscribers',
    ],
    ['/api/email/subscribe', 'no e-mail address', { language: 'fi' }, 'subscribers'],
    ['/api/email/subscribe', 'a number for the address', { email: 42, language: 'fi' }, 'subscribers'],
    ['/api/email/subscribe', 'an operator object for the address', { email: { $gt: '' } }, 'subscribers'],
    [
      '/api/email/workspace',
      'a line break in the organisation',
      { name: 'Maija', email: 'maija@example.org', organization: 'Yhdistys\r\nBcc: x@example.org', role: 'ohjaaja' },
      'workspace-requests',
    ],
    [
      '/api/email/workspace',
      'a NUL in the name',
      { name: 'Maija\u0000', email: 'maija@example.org', organization: 'Yhdistys', role: 'ohjaaja' },
      'workspace-requests',
    ],
    ['/api/email/workspace', 'an empty object', {}, 'workspace-requests'],
  ]
  test.each(forms)('POST %s with %s: a 4xx with a sentence, nothing stored', async (path, _name, data, collection) => {
    const before = await countAll(w.payload, collection)
    const res = await ask('POST', path, { ...json(data), language: 'en' })
    expectReadableRefusal(res)
    expect(await countAll(w.payload, collection)).toBe(before)
  })
})

describe('what the admin itself sends', () => {
  test('a list without rows, sent by the admin’s form as its row count 0, is saved as an empty list', async () => {
    const res = await ask('POST', '/api/actions', {
      ...json({ event: w.events.A, title: 'Toimenpide ilman päivityksiä', updates: 0 }),
      token,
      language: 'en',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.updates).toEqual([])
  })
})
