import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

import { redisKeyPrefix } from './redisKeyPrefix.mjs'

/**
 * Next.js's cache (rendered pages and data, and which of them a publish has
 * revalidated) kept in Redis when REDIS_URL is set, so that every web instance
 * sees the same entries and a revalidatePath on one instance reaches all.
 * next.config.mjs uses this file only when REDIS_URL is set.
 *
 * Redis is a help, never a dependency: a command waits at most
 * REDIS_TIMEOUT_MS, a closed or lost connection answers as a cache miss at once
 * (the page renders fresh, as the portal's pages do anyway for their CSP nonce),
 * and the client keeps reconnecting in the background. There is deliberately no
 * per-instance fallback cache: it would keep serving what another instance
 * has since revalidated.
 */
const timeoutMs = Number(process.env.REDIS_TIMEOUT_MS) > 0 ? Number(process.env.REDIS_TIMEOUT_MS) : 1000

// Without `revalidate` an entry would live in Redis forever (and a replaced build's keys with it).
const defaultStaleAge = 24 * 60 * 60

CacheHandler.onCreation(async ({ buildId }) => {
  // The build renders on its own; it needs no Redis, and the build machine may have none.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [] }
  // Next.js may load this module more than once in a process; one connection serves them all.
  const shared = /** @type {{ portalRedisCache?: ReturnType<typeof connect> }} */ (globalThis)
  // A cache that cannot be set up is no cache, never an error on every page (readSettings checks REDIS_URL).
  shared.portalRedisCache ??= connect(buildId).catch((error) => {
    console.warn(`Shared cache: not used (${error.message}); pages render without it.`)
    return { handlers: [] }
  })
  return shared.portalRedisCache
})

/** @param {string | undefined} buildId */
async function connect(buildId) {
  let reported = false
  const client = createClient({
    url: process.env.REDIS_URL,
    // A command while disconnected fails at once instead of queueing until Redis returns.
    disableOfflineQueue: true,
    pingInterval: 10_000,
    socket: {
      connectTimeout: timeoutMs,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000),
    },
  })
  // node-redis throws an 'error' nobody listens to; one line per outage is enough.
  client.on('error', (error) => {
    if (reported) return
    reported = true
    console.warn(`Shared cache: Redis is unreachable (${error.message}); pages render without it until it returns.`)
  })
  client.on('ready', () => {
    if (reported) console.info('Shared cache: Redis is reachable again.')
    reported = false
  })
  // Wait briefly so that the first pages already use Redis; never block a start on it.
  const connected = client.connect().then(
    () => true,
    () => false,
  )
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())])
  return {
    handlers: [
      createRedisHandler({
        client,
        keyPrefix: redisKeyPrefix(process.env, buildId),
        timeoutMs,
        keyExpirationStrategy: 'EXAT',
      }),
    ],
    ttl: { defaultStaleAge },
  }
}

export default CacheHandler
