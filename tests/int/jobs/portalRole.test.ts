import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, expect, test } from '@jest/globals'

import { readSettings } from '../../../src/config/readSettings'
import { portalRole } from '../../../src/jobs/portalRole'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-role-'))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const env = (extra: Record<string, string>) =>
  ({ NODE_ENV: 'production', PAYLOAD_SECRET: 'given', DATA_DIR: dataDir, ...extra }) as unknown as NodeJS.ProcessEnv

test('one process that serves and runs the jobs is the default', () => {
  expect(portalRole({} as NodeJS.ProcessEnv)).toBe('all')
  expect(readSettings(env({})).database.kind).toBe('sqlite')
})

test('web instances and workers are accepted on a database server', () => {
  for (const role of ['web', 'worker'])
    expect(() => readSettings(env({ PORTAL_ROLE: role, DATABASE_URI: 'postgres://db.example/portal' }))).not.toThrow()
})

test('an unknown role, and several processes on one SQLite file, are refused in one sentence before the start', () => {
  expect(() => readSettings(env({ PORTAL_ROLE: 'both' }))).toThrow(/PORTAL_ROLE must be one of all, web, worker/)
  expect(() => readSettings(env({ PORTAL_ROLE: 'web' }))).toThrow(/needs a database server/)
  expect(() => readSettings(env({ PORTAL_ROLE: 'worker', DATABASE_URI: 'file:/tmp/x.db' }))).toThrow(
    /needs a database server/,
  )
})
