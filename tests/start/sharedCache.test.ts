/**
 * Several web instances share Next.js's cache through Redis when REDIS_URL is
 * set (src/cache/cacheHandler.mjs): the production build keeps its entries in
 * Redis under the site's REDIS_KEY_PREFIX, an editor's save revalidates them
 * there (so for every instance), and a Redis that cannot be reached costs the
 * cache, never the pages. Needs a Redis (TEST_REDIS_URL, default the local one).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createClient } from 'redis'

import { freePort, type RunningServer, signInAsDemoUser, startProductionServer } from '../helpers/productionServer'

const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const site = `portal-test-${crypto.randomBytes(6).toString('hex')}`
const buildId = () => fs.readFileSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim()
// No retrying: without a Redis this file should fail at once, saying so.
const redis = createClient({ url: redisUrl, socket: { reconnectStrategy: false } }).on('error', () => {})

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
  await redis.connect().catch((error: Error) => {
    throw new Error(`These tests need a Redis at ${redisUrl} (or set TEST_REDIS_URL): ${error.message}`)
  })
})
afterAll(async () => {
  if (!redis.isReady) return
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
    const auth = await signInAsDemoUser(server.url, 'editor@example.org')
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

// A Redis of the test's own, so that it can be stopped under a running portal.
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0
const withOwnRedis = hasRedisServer ? describe : describe.skip

withOwnRedis('when Redis goes away under a running portal, and comes back', () => {
  let server: RunningServer
  let port: number
  let own: ChildProcess | undefined
  const ownRedis = () => createClient({ url: `redis://127.0.0.1:${port}` })

  async function startOwnRedis(): Promise<void> {
    own = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    })
    const client = ownRedis().on('error', () => {})
    await eventually(
      () =>
        client.connect().then(
          () => true,
          () => false,
        ),
      (up) => up,
    )
    await client.close()
  }
  async function stopOwnRedis(): Promise<void> {
    if (!own || own.exitCode !== null) return
    const gone = new Promise((r) => own!.once('exit', r))
    own.kill('SIGKILL')
    await gone
  }
  async function entriesInOwnRedis(): Promise<string[]> {
    const client = ownRedis()
    await client.connect()
    try {
      return await client.keys(`${site}:*/route-cache/*`)
    } finally {
      await client.close()
    }
  }

  beforeAll(async () => {
    port = await freePort()
    await startOwnRedis()
    server = await startProductionServer({
      env: { PORTAL_DEMO: 'false', REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_KEY_PREFIX: site },
    })
  })
  afterAll(async () => {
    await server?.stop()
    await stopOwnRedis()
  })

  test('pages keep being served while Redis is down, and the cache is used again once it is back', async () => {
    expect((await fetch(`${server.url}/_not-found`)).status).toBe(404)
    expect((await eventually(entriesInOwnRedis, (keys) => keys.length > 0)).length).toBe(1)

    await stopOwnRedis()
    for (const path of ['/fi', '/fi/library', '/_not-found']) {
      const started = Date.now()
      expect((await fetch(`${server.url}${path}`)).status).toBe(path === '/_not-found' ? 404 : 200)
      expect(Date.now() - started).toBeLessThan(10_000)
    }
    expect(server.output()).toMatch(/Shared cache: Redis is unreachable/)

    // An empty Redis again (as after a restart without persistence): the portal reconnects by itself.
    await startOwnRedis()
    await eventually(
      async () => {
        await fetch(`${server.url}/_not-found`)
        return entriesInOwnRedis()
      },
      (keys) => keys.length > 0,
      20_000,
    )
    expect(await entriesInOwnRedis()).toHaveLength(1)
    expect(server.output()).toMatch(/Shared cache: Redis is reachable again/)
  })
})
