/**
 * Limits: a body over its size limit is a 413 with a sentence on REST, GraphQL and the public
 * endpoints; a list over its field's limit a quick 400 with nothing stored; a GraphQL query nested too
 * deeply is refused before it runs; REST `limit` and `depth` are capped. Through the portal's own routes.
 */
import { describe, expect, test } from '@jest/globals'

import { maxListLimit } from '../../../src/http/guardRequest'
import { countAll } from '../../helpers/fixtures'
import { json, messages, routesForThisFile } from './askRoutes'

const { w, tokens, ask } = routesForThisFile(['coordinatorA', 'admin', 'editor'] as const)

const answers = (n: number) =>
  Array.from({ length: n }, () => ({ question: w.questions.participation, original: 'x', finnish: 'y' }))

describe('lists', () => {
  test('a report with 100,000 answers is refused at once (400) and not stored', async () => {
    const before = await countAll(w.payload, 'reports')
    const res = await ask('POST', '/api/reports', {
      ...json({ session: w.sessions.A, answers: answers(100_000) }),
      token: tokens.coordinatorA,
      language: 'en',
    })
    expect([400, 413]).toContain(res.status)
    expect(messages(res)[0].message).toMatch(/too (many|large)/)
    expect(await countAll(w.payload, 'reports')).toBe(before)
  })

  test('a report with more answers than the field takes is refused at the field', async () => {
    const before = await countAll(w.payload, 'reports')
    const res = await ask('POST', '/api/reports', {
      ...json({ session: w.sessions.A, answers: answers(101) }),
      token: tokens.coordinatorA,
      language: 'fi',
    })
    expect(res.status).toBe(400)
    expect(messages(res)).toContainEqual({
      path: 'answers',
      message: 'Luettelossa on liian monta kohtaa (enintään 100). Mitään ei tallennettu.',
    })
    expect(await countAll(w.payload, 'reports')).toBe(before)
  })
})

describe('body size', () => {
  const big = 'x'.repeat(2 * 1024 * 1024)

  test('a 2 MB JSON body to a collection is a 413 with a sentence, not stored', async () => {
    const before = await countAll(w.payload, 'sessions')
    const res = await ask('POST', '/api/sessions', {
      ...json({ project: w.projects.A, populationGroup: 'x', language: w.languages.ar, place: big }),
      token: tokens.coordinatorA,
      language: 'en',
    })
    expect(res.status).toBe(413)
    expect(res.body).toEqual({
      errors: [{ message: 'What was sent is too large to handle (at most 1024 KB). Nothing was saved.' }],
    })
    expect(await countAll(w.payload, 'sessions')).toBe(before)
  })

  test('a 2 MB GraphQL query is a 413', async () => {
    const res = await ask('POST', '/api/graphql', { ...json({ query: `{ __typename } #${big}` }), language: 'sv' })
    expect(res.status).toBe(413)
    expect(messages(res)[0].message).toMatch(/för stora/)
  })

  test('a 2 MB body to a public form is a 413 in the visitor’s language', async () => {
    const before = await countAll(w.payload, 'workspace-requests')
    const res = await ask('POST', '/api/email/workspace?lang=en', {
      ...json({ name: big, email: 'a@example.com', organization: 'x' }),
    })
    expect(res.status).toBe(413)
    expect(messages(res)[0].message).toMatch(/too large/)
    expect(await countAll(w.payload, 'workspace-requests')).toBe(before)
  })

  test('a scribe form sent as the raw body may be larger than 1 MB (its own limit is 10 MB)', async () => {
    const res = await ask('POST', `/api/documents/sessions/${w.sessions.A}/scribe-form`, {
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      body: new Uint8Array(2 * 1024 * 1024),
      token: tokens.coordinatorA,
    })
    // Read by the endpoint, which finds no Word document in the zeros.
    expect(res.status).toBe(400)
  })

  test('an upload over the collection’s limit is a 413, not stored', async () => {
    const before = await countAll(w.payload, 'media')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/png' }), 'kuva.png')
    form.append('_payload', JSON.stringify({ alt: 'Kuva' }))
    const res = await ask('POST', '/api/media', { body: form, token: tokens.editor, language: 'en' })
    expect(res.status).toBe(413)
    expect(messages(res)[0].message).toMatch(/too large/)
    expect(await countAll(w.payload, 'media')).toBe(before)
  })
})

describe('GraphQL', () => {
  test('a query nested deeper than the limit is refused before it runs', async () => {
    const deep =
      '{ Sessions { docs { project { municipality { projects { docs { project { municipality { name } } } } } } } } }'
    const res = await ask('POST', '/api/graphql', { ...json({ query: deep }), token: tokens.admin })
    // GraphQL over HTTP answers a refused query with its errors and no data.
    expect(res.status).toBeLessThan(500)
    expect(res.body.data).toBeUndefined()
    expect(res.body.errors.map((e: { message: string }) => e.message)).toContain(
      'The query is nested too deeply (9 levels, at most 8).',
    )
  })

  test('an ordinary query still runs', async () => {
    const res = await ask('POST', '/api/graphql', {
      ...json({ query: '{ Sessions { docs { id populationGroup } } }' }),
      token: tokens.admin,
    })
    expect(res.status).toBe(200)
    expect(res.body.data.Sessions.docs.length).toBeGreaterThan(0)
  })
})

describe('REST reads', () => {
  test('limit is capped, also when 0 asks for everything', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false']) {
      const res = await ask('GET', `/api/sessions?${query}`, { token: tokens.admin })
      expect(res.status).toBe(200)
      expect(res.body.limit).toBe(maxListLimit)
    }
  })

  test('depth is capped', async () => {
    const res = await ask('GET', `/api/sessions/${w.sessions.A}?depth=50`, { token: tokens.admin })
    expect(res.status).toBe(200)
    expect(typeof res.body.project).toBe('object')
  })
})
