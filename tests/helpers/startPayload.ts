import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { createPostgresDatabase, dropPostgresDatabase, isPostgres } from './postgresDatabase'

type PgPool = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }

export type TestPortal = {
  payload: Payload
  dataDir: string
  stop: () => Promise<void>
}

export type StartOptions = {
  /** Load the reference data (languages, themes, questions, municipalities, …). */
  seed?: boolean
  /** Also load the demo project. */
  demo?: boolean
}

/**
 * A real Payload on a fresh database for one test file: a new SQLite file in a
 * temporary folder, or, when TEST_DATABASE_URI (or DATABASE_URI) points at
 * PostgreSQL or MongoDB, a new database on that server that is dropped
 * afterwards. Nothing here is adapter-specific beyond choosing the address.
 */
export async function startPayload(options: StartOptions = {}): Promise<TestPortal> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  const base = process.env.TEST_DATABASE_URI ?? process.env.DATABASE_URI ?? ''
  process.env.TEST_DATABASE_URI = base
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = 'test-secret-' + crypto.randomBytes(8).toString('hex')
  process.env.PORTAL_AUTOSEED = 'false'
  if (/^mongodb(\+srv)?:\/\//.test(base)) {
    const url = new URL(base)
    url.pathname = `/portal_test_${crypto.randomBytes(6).toString('hex')}`
    process.env.DATABASE_URI = url.toString()
  } else if (isPostgres(base)) {
    process.env.DATABASE_URI = await createPostgresDatabase(base)
  } else {
    process.env.DATABASE_URI = `file:${path.join(dataDir, 'portal.db')}`
  }
  const databaseUri = process.env.DATABASE_URI
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  if (options.seed || options.demo) {
    const { seed } = await import('../../src/seed/seed')
    await seed(payload, { demo: Boolean(options.demo) })
  }
  return {
    payload,
    dataDir,
    stop: async () => {
      if (/^mongodb/.test(databaseUri)) {
        const db = (payload.db as unknown as { connection?: { dropDatabase: () => Promise<void> } }).connection
        await db?.dropDatabase()
      }
      await closePayload(payload)
      if (isPostgres(databaseUri)) await dropPostgresDatabase(databaseUri)
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Payload's destroy() leaves PostgreSQL's connection pool open: end it too, so dropping the database
 * afterwards terminates no connection that would then report an error into the next test file.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy()
  if (pool) {
    pool.on('error', () => {})
    await Promise.race([pool.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000).unref())])
  }
}
