import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, test } from '@jest/globals'

import { ConfigurationError } from '../../src/config/ConfigurationError'
import { resolveDataDir } from '../../src/config/resolveDataDir'
import { resolveSecret } from '../../src/config/resolveSecret'
import { parseDatabaseUri } from '../../src/db/selectDatabaseAdapter'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-config-'))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('choosing the database from DATABASE_URI', () => {
  test('no URI means a SQLite file in the data folder', () => {
    expect(parseDatabaseUri(undefined, dataDir)).toEqual({
      kind: 'sqlite',
      file: path.join(dataDir, 'portal.db'),
      url: `file:${path.join(dataDir, 'portal.db')}`,
    })
  })
  test('mongodb:// and mongodb+srv:// go to MongoDB', () => {
    expect(parseDatabaseUri('mongodb://db:27017/portal', dataDir).kind).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://u:p@cluster.example.net/portal', dataDir).kind).toBe('mongodb')
  })
  test('postgres:// and postgresql:// go to PostgreSQL', () => {
    expect(parseDatabaseUri('postgres://db:5432/portal', dataDir)).toEqual({
      kind: 'postgres',
      url: 'postgres://db:5432/portal',
    })
    expect(parseDatabaseUri('postgresql://u:p@db/portal', dataDir).kind).toBe('postgres')
    expect(() => parseDatabaseUri('postgres://user:secret@', dataDir)).toThrow(/^(?![\s\S]*secret)[\s\S]*PostgreSQL/)
  })
  test('a file: URI or a plain path is a SQLite file', () => {
    expect(parseDatabaseUri('file:./x/portal.db', dataDir)).toMatchObject({
      kind: 'sqlite',
      file: path.resolve('x/portal.db'),
    })
    expect(parseDatabaseUri('/tmp/a.db', dataDir)).toMatchObject({ kind: 'sqlite', file: '/tmp/a.db' })
  })
  test('other schemes and broken MongoDB addresses are refused in one sentence, without the password', () => {
    expect(() => parseDatabaseUri('mysql://db/portal', dataDir)).toThrow(ConfigurationError)
    expect(() => parseDatabaseUri('mongodb://user:secret@', dataDir)).toThrow(/DATABASE_URI/)
    expect(() => parseDatabaseUri('mysql://user:secret@db/x', dataDir)).toThrow(/^(?![\s\S]*secret)/)
  })
})

describe('the secret', () => {
  test('is generated once in development and kept in the data folder', () => {
    const first = resolveSecret(dataDir, { NODE_ENV: 'development' })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(dataDir, { NODE_ENV: 'development' })).toBe(first)
    expect(fs.statSync(path.join(dataDir, '.payload-secret')).mode & 0o077).toBe(0)
  })
  test('is required in production', () => {
    expect(() => resolveSecret(dataDir, { NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
    expect(resolveSecret(dataDir, { NODE_ENV: 'production', PAYLOAD_SECRET: 'given' })).toBe('given')
  })
})

test('an unwritable data folder is refused in one sentence', () => {
  expect(() => resolveDataDir({ DATA_DIR: '/dev/null/portal-data' } as unknown as NodeJS.ProcessEnv)).toThrow(
    /cannot be written to/,
  )
})
