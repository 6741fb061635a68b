/**
 * An organizer asks for a project's card deck with the event tally and for its results presentation:
 * what they may not read is left out or the download is refused with a sentence, never a 500.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { buildWorld, PASSWORD, type World } from '../../helpers/fixtures'
import { restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Ask, routeClient } from './askRoutes'

let portal: TestPortal
let w: World
let ask: Ask
const tokens = {} as Record<'coordinatorA' | 'organizerPartner', string>

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = (process.env.LOG_LEVEL ?? 'fatal') as 'fatal'
  w = await buildWorld(portal.payload)
  const rest = await restClient(portal.payload)
  for (const actor of ['coordinatorA', 'organizerPartner'] as const)
    tokens[actor] = await rest.login(w.emails[actor], PASSWORD)
  ask = await routeClient()
})
afterAll(async () => {
  await portal?.stop()
})

const pptx = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

describe('an organizer of a partner NGO', () => {
  test('gets the card deck without the event tally they may not read', async () => {
    const res = await ask('GET', `/api/documents/projects/${w.projects.A}/card-deck.pptx?tally=true`, {
      token: tokens.organizerPartner,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(pptx)
  })

  test('is refused the results presentation with 403 and a sentence in their language', async () => {
    const res = await ask('GET', `/api/documents/projects/${w.projects.A}/results.pptx`, {
      token: tokens.organizerPartner,
      language: 'en',
    })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ errors: [{ message: 'You do not have access to this document.' }] })
  })
})

describe.each(['card-deck.pptx?tally=true', 'results.pptx'])('%s', (file) => {
  test('the coordinator gets the file', async () => {
    const res = await ask('GET', `/api/documents/projects/${w.projects.A}/${file}`, { token: tokens.coordinatorA })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(pptx)
  })
})
