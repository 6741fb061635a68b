/**
 * Several web instances share Next.js's cache through Redis when REDIS_URL is
 * set (src/cache/cacheHandler.mjs): the production build keeps its entries in
 * Redis under the site's REDIS_KEY_PREFIX, an editor's save revalidates them
 * there (so for every instance), and a Redis that cannot be reached costs the
 * cache, never the pages. Needs a Redis (TEST_REDIS_URL, default the local one).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createClient } from 'redis'

import { freePort, type RunningServer, startProductionServer } from '../helpers/productionServer'

const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const site = `portal-test-${crypto.randomBytes(6).toString('hex')}`
const buildId = () => fs.readFileSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim()
const redis = createClient({ url: redisUrl })

async function keysOfThisSite(): Promise<string[]> {
  const keys: string[] = []
  for await (const batch of redis.scanIterator({ MATCH: `${site}:*`, COUNT: 1000 })) keys.push(...batch)
  return keys
}

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 250))
  }
}

beforeAll(async () => {
  await redis.connect()
})
afterAll(async () => {
  const keys = await keysOfThisSite()
  if (keys.length) await redis.unlink(keys)
  await redis.close()
})

describe('with REDIS_URL, the cache lives in Redis under the site’s prefix', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startProductionServer({
      env: { PORTAL_DEMO: 'true', PORTAL_E2E_USERS: 'true', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: site },
    })
  })
  afterAll(async () => {
    await server?.stop()
  })

  const prefix = () => `${site}:${buildId()}:`
  const pageEntries = async () => (await keysOfThisSite()).filter((k) => k.startsWith(`${prefix()}/route-cache/`))

  test('pages are served, and what Next.js caches of them is written to Redis', async () => {
    expect((await fetch(`${server.url}/fi`)).status).toBe(200)
    expect((await fetch(`${server.url}/fi/library`)).status).toBe(200)
    // The portal's own pages render per request (their CSP nonce), so Next.js caches none of them; what it
    // does cache today is the prerendered not-found page (and the revalidations below).
    expect((await fetch(`${server.url}/_not-found`)).status).toBe(404)
    const entries = await eventually(pageEntries, (keys) => keys.length > 0)
    expect(entries).toContainEqual(expect.stringMatching(/\/_not-found$/))
    // Which entry carries which tag is kept beside them, so a revalidation can find them.
    expect(await redis.hExists(`${prefix()}__sharedTags__`, entries[0].slice(prefix().length))).toBeTruthy()
    // Nothing of this site outside its prefix, and this build's entries apart from another build's.
    expect((await keysOfThisSite()).every((k) => k.startsWith(prefix()))).toBe(true)
  })

  test('an editor’s save revalidates the portal in Redis, for every instance', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.org', password: 'hyvat-suhteet-demo' }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    await fetch(`${server.url}/_not-found`)
    expect((await eventually(pageEntries, (keys) => keys.length > 0)).length).toBeGreaterThan(0)

    const before = Date.now()
    const page = ((await (await fetch(`${server.url}/api/pages?limit=1&depth=0`)).json()) as { docs: { id: string }[] })
      .docs[0]
    const save = await fetch(`${server.url}/api/pages/${page.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ summary: `Päivitetty ${new Date().toISOString()}` }),
    })
    expect(save.status).toBe(200)

    // revalidatePath('/', 'layout') (src/portal/revalidatePortal.ts): recorded in Redis, where every instance looks…
    const revalidatedAt = await eventually(
      async () => Number(await redis.hGet(`${prefix()}__revalidated_tags__`, '_N_T_/layout')),
      (at) => at >= before,
    )
    expect(revalidatedAt).toBeGreaterThanOrEqual(before)
    // …and the entries under the portal's layout are gone.
    expect(await eventually(pageEntries, (keys) => keys.length === 0)).toEqual([])
    // The next visitor gets the page rendered anew, cached again.
    expect((await fetch(`${server.url}/_not-found`)).status).toBe(404)
    expect((await eventually(pageEntries, (keys) => keys.length > 0)).length).toBeGreaterThan(0)
  })
})

describe('with Redis unreachable', () => {
  let server: RunningServer
  beforeAll(async () => {
    // A port nobody listens on: the connection is refused from the start.
    const closed = await freePort()
    server = await startProductionServer({
      env: { PORTAL_DEMO: 'false', REDIS_URL: `redis://127.0.0.1:${closed}`, REDIS_KEY_PREFIX: site },
    })
  })
  afterAll(async () => {
    await server?.stop()
  })

  test('the pages are still served, promptly, and the log says why the cache is off', async () => {
    for (const path of ['/fi', '/fi/library', '/en/municipalities']) {
      const started = Date.now()
      expect((await fetch(`${server.url}${path}`)).status).toBe(200)
      expect(Date.now() - started).toBeLessThan(10_000)
    }
    // A page Next.js would take from the cache: the miss is answered at once and the page rendered.
    const started = Date.now()
    expect((await fetch(`${server.url}/_not-found`)).status).toBe(404)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(server.output()).toMatch(/Shared cache: Redis is unreachable/)
  })
})
