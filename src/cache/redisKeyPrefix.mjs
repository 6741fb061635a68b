/**
 * Where this site's Next.js cache lives in a Redis several sites may share:
 * REDIS_KEY_PREFIX, else "portal:" and the host of SERVER_URL (each site has
 * its own address), then the build, so that a new deployment never serves
 * pages rendered against an older build's scripts; the older build's keys
 * expire on their own (see cacheHandler.mjs).
 *
 * @param {NodeJS.ProcessEnv} env
 * @param {string | undefined} buildId
 * @returns {string}
 */
export function redisKeyPrefix(env, buildId) {
  let site = env.REDIS_KEY_PREFIX?.trim()
  if (!site) {
    let host = `localhost:${env.PORT || 3000}`
    try {
      if (env.SERVER_URL) host = new URL(env.SERVER_URL).host
    } catch {
      // readSettings refuses a malformed SERVER_URL at start; the default host is only for the key
    }
    site = `portal:${host}:`
  }
  if (!site.endsWith(':')) site += ':'
  return buildId ? `${site}${buildId.trim()}:` : site
}
