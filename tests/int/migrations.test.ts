import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { createPostgresDatabase, dropPostgresDatabase, isPostgres } from '../helpers/postgresDatabase'
import { startPayload, type TestPortal } from '../helpers/startPayload'

// Production on a SQL database (SQLite, PostgreSQL) applies the committed
// migrations of its adapter (src/migrations/<adapter>/); a schema change
// without a new migration would break `npm start`. MongoDB needs no
// migrations, so these checks are for the SQL adapters only.
const onSql = !/^mongodb/.test(process.env.TEST_DATABASE_URI ?? process.env.DATABASE_URI ?? '')
const maybe = onSql ? test : test.skip

let portal: TestPortal
let kind: 'postgres' | 'sqlite'
beforeAll(async () => {
  portal = await startPayload()
  kind = portal.payload.db.name === 'postgres' ? 'postgres' : 'sqlite'
})
afterAll(async () => {
  await portal?.stop()
})

maybe('the committed migrations of the adapter in use match the collections', async () => {
  const db = portal.payload.db as unknown as {
    schema: unknown
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: unknown) => Promise<unknown>
    }
  }
  const dir = path.resolve('src/migrations', kind)
  const latest = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()[0]
  expect(latest).toBeDefined()
  const { generateDrizzleJson } = db.requireDrizzleKit()
  type Snapshot = { tables: Record<string, unknown>; enums?: Record<string, unknown> }
  const before = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) as Snapshot
  const after = (await generateDrizzleJson(db.schema)) as Snapshot
  // Comparing the table (and PostgreSQL's enum) definitions, not asking drizzle-kit for a diff,
  // which prompts about renames, tells whether `npm run migrate:create` is due. Keys are compared
  // sorted: the order collections are listed in moves a relation table's columns in the snapshot,
  // which is no change to the schema.
  const canonical = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v,
    )
  const differs = (a: Record<string, unknown> = {}, b: Record<string, unknown> = {}) =>
    Object.keys({ ...a, ...b }).filter((name) => canonical(a[name]) !== canonical(b[name]))
  const changed = [...differs(before.tables, after.tables), ...differs(before.enums, after.enums)]
  if (changed.length) {
    throw new Error(
      `The ${kind} schema changed without a migration (run \`npm run migrate:create\` on a ${kind} database): ${changed.join(', ')}`,
    )
  }
})

maybe('the committed migrations build a fresh database from nothing, as `npm start` does', async () => {
  const base = process.env.TEST_DATABASE_URI ?? ''
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-migrate-'))
  const uri = isPostgres(base) ? await createPostgresDatabase(base, 'portal_migrate') : `file:${dataDir}/portal.db`
  try {
    const run = spawnSync(process.execPath, ['node_modules/payload/bin.js', 'migrate'], {
      cwd: path.resolve('.'),
      env: {
        ...process.env,
        NODE_OPTIONS: '--no-deprecation',
        NODE_ENV: 'production',
        JEST_WORKER_ID: '',
        DATABASE_URI: uri,
        DATA_DIR: dataDir,
        PAYLOAD_SECRET: 'migrate-test',
      },
      encoding: 'utf8',
      timeout: 180_000,
    })
    expect({ status: run.status, output: run.stdout + run.stderr }).toMatchObject({ status: 0 })
    const applied = run.stdout + run.stderr
    const names = fs
      .readdirSync(path.resolve('src/migrations', kind))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
    for (const name of names) expect(applied).toContain(name)
  } finally {
    if (isPostgres(uri)) await dropPostgresDatabase(uri)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
