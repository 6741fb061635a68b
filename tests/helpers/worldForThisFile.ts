import { afterAll, beforeAll } from '@jest/globals'

import { buildWorld, type World } from './fixtures'
import { startPayload, type TestPortal } from './startPayload'

type LogLevel = 'fatal' | 'error' | 'warn' | 'info'

/**
 * The one setup of the access and collection tests: a real Payload on a fresh
 * database with the small world of fixtures.ts, started before the file's
 * tests and stopped after them. The returned object is filled in by the
 * time the first test (or a later beforeAll) runs.
 */
export function worldForThisFile(logLevel: LogLevel = 'warn'): World & { portal: TestPortal } {
  const world = {} as World & { portal: TestPortal }
  beforeAll(async () => {
    const portal = await startPayload()
    portal.payload.logger.level = logLevel
    Object.assign(world, await buildWorld(portal.payload), { portal })
  })
  afterAll(async () => {
    await world.portal?.stop()
  })
  return world
}
