/**
 * Corners of Payload's REST API that answered 500 or left an unhandled rejection: versions of a
 * collection that keeps none, an admin's preference deleted, a filter through a relationship into a
 * collection the person may not read (Payload checks that in a promise nobody awaits, see
 * src/validation/checkWherePaths.ts). Each is a 4xx with a sentence, or works.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { buildWorld, PASSWORD, type World } from '../../helpers/fixtures'
import { restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Ask, json, messages, routeClient } from './askRoutes'

let portal: TestPortal
let w: World
let ask: Ask
const tokens = {} as Record<'coordinatorA' | 'admin' | 'organizerPartner' | 'editor', string>

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = (process.env.LOG_LEVEL ?? 'fatal') as 'fatal'
  w = await buildWorld(portal.payload)
  const rest = await restClient(portal.payload)
  for (const actor of ['coordinatorA', 'admin', 'organizerPartner', 'editor'] as const)
    tokens[actor] = await rest.login(w.emails[actor], PASSWORD)
  ask = await routeClient()
})
afterAll(async () => {
  await portal?.stop()
})

describe('versions', () => {
  test('a collection that keeps no versions answers 404 for its versions', async () => {
    const res = await ask('GET', '/api/sessions/versions', { token: tokens.admin, language: 'en' })
    expect(res.status).toBe(404)
    expect(messages(res).length).toBeGreaterThan(0)
    const one = await ask('GET', '/api/sessions/versions/123', { token: tokens.admin, language: 'en' })
    expect(one.status).toBe(404)
  })

  test('a collection that keeps versions still lists them', async () => {
    const res = await ask('GET', '/api/reports/versions', { token: tokens.admin })
    expect(res.status).toBe(200)
  })
})

describe('preferences', () => {
  test('deleting one of your preferences works or is refused, never a 500', async () => {
    const made = await ask('POST', '/api/payload-preferences/sessions-list', {
      ...json({ value: { limit: 10 } }),
      token: tokens.coordinatorA,
    })
    expect(made.status).toBeLessThan(300)
    const res = await ask('DELETE', '/api/payload-preferences/sessions-list', { token: tokens.coordinatorA })
    expect(res.status).toBeLessThan(500)
    const byId = await ask('DELETE', `/api/payload-preferences/${made.body?.doc?.id ?? 'x'}`, {
      token: tokens.coordinatorA,
    })
    expect(byId.status).toBeLessThan(500)
  })
})

describe('filters', () => {
  test('a filter through a relationship into what the person may not read is refused with a sentence, before Payload checks it in a promise nobody waits for', async () => {
    // An editor reads public actions but not projects.
    const res = await ask('GET', '/api/actions?where[project.description][like]=x', {
      token: tokens.editor,
      language: 'en',
    })
    expect(res.status).toBe(400)
    expect(messages(res)).toEqual([
      { message: 'You cannot filter by “project.description”, because it is not yours to read.' },
    ])
  })

  test('a filter through a relationship answers a 2xx or 4xx, never a 500', async () => {
    const statuses: number[] = []
    for (const collection of ['sessions', 'reports', 'experience-cards', 'decision-events', 'actions']) {
      for (const filter of [
        '[project.description][like]=x',
        '[project.description][like]=%25',
        '[project.nope][like]=x',
      ]) {
        for (const token of [tokens.admin, tokens.coordinatorA, tokens.organizerPartner, tokens.editor, undefined]) {
          statuses.push((await ask('GET', `/api/${collection}?where${filter}`, { token })).status)
        }
      }
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })
})
