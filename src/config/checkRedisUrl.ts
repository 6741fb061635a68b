import { ConfigurationError } from './ConfigurationError'

/**
 * REDIS_URL (the cache the web instances share, src/cache/cacheHandler.mjs) is
 * refused at start when it cannot be a Redis address: the cache would otherwise
 * stay off without anyone noticing. Its password is never repeated.
 */
export function checkRedisUrl(value: string | undefined): void {
  const url = value?.trim()
  if (!url) return
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    parsed = undefined
  }
  if (!parsed || !/^rediss?:$/.test(parsed.protocol) || !parsed.hostname) {
    throw new ConfigurationError(
      `REDIS_URL must be a Redis address such as redis://cache.example:6379 or rediss://… for TLS; got ${url.replace(/\/\/([^@/]*)@/, '//***@')}.`,
    )
  }
}
