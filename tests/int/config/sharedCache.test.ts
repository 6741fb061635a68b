import { describe, expect, test } from '@jest/globals'

import { redisKeyPrefix } from '../../../src/cache/redisKeyPrefix.mjs'
import { readSettings } from '../../../src/config/readSettings'

describe('the shared cache’s settings', () => {
  test('each site keeps its keys under its own prefix, and each build apart', () => {
    const env = { SERVER_URL: 'https://portal.example.fi' } as unknown as NodeJS.ProcessEnv
    expect(redisKeyPrefix(env, 'B1')).toBe('portal:portal.example.fi:B1:')
    expect(redisKeyPrefix({ ...env, REDIS_KEY_PREFIX: 'kajaani' }, 'B1')).toBe('kajaani:B1:')
    expect(redisKeyPrefix({ ...env, REDIS_KEY_PREFIX: 'kajaani:' }, 'B2\n')).toBe('kajaani:B2:')
    expect(redisKeyPrefix({} as NodeJS.ProcessEnv, 'B1')).toBe('portal:localhost:3000:B1:')
  })

  test('a REDIS_URL that cannot be a Redis address stops the start in one sentence, without its password', () => {
    const withRedis = (url: string) => () => readSettings({ ...process.env, REDIS_URL: url })
    expect(withRedis('redis://127.0.0.1:6379')).not.toThrow()
    expect(withRedis('rediss://user:pw@cache.example:6380/2')).not.toThrow()
    expect(withRedis('http://cache.example')).toThrow(/^REDIS_URL must be a Redis address/)
    expect(withRedis('cache.example:6379')).toThrow(/^REDIS_URL must be a Redis address/)
    expect(withRedis('redis://user:hunter2@')).toThrow(/^(?![\s\S]*hunter2)REDIS_URL/)
  })
})
