import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { startPayload, type TestPortal } from '../helpers/startPayload'

// Production on the embedded database applies the committed migrations; a
// schema change without a new migration would break `npm start` on SQLite.
// MongoDB needs no migrations, so this check is for SQLite runs only.
const onSqlite = !/^mongodb/.test(process.env.DATABASE_URI ?? '')
const maybe = onSqlite ? test : test.skip

let portal: TestPortal
beforeAll(async () => {
  portal = await startPayload()
})
afterAll(async () => {
  await portal?.stop()
})

maybe('the committed SQLite migrations match the collections', async () => {
  const db = portal.payload.db as unknown as {
    schema: unknown
    migrationDir: string
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: unknown) => Promise<unknown>
    }
  }
  const dir = path.resolve('src/migrations')
  const latest = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()[0]
  expect(latest).toBeDefined()
  const { generateDrizzleJson } = db.requireDrizzleKit()
  type Snapshot = { tables: Record<string, unknown> }
  const before = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) as Snapshot
  const after = (await generateDrizzleJson(db.schema)) as Snapshot
  // Comparing the table definitions (not asking drizzle-kit for a diff, which
  // prompts about renames) tells whether `npm run migrate:create` is due. Keys are
  // compared sorted: the order collections are listed in moves a relation table's
  // columns in the snapshot, which is no change to the schema.
  const canonical = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v,
    )
  const changed = Object.keys({ ...before.tables, ...after.tables }).filter(
    (table) => canonical(before.tables[table]) !== canonical(after.tables[table]),
  )
  if (changed.length) {
    throw new Error(`The schema changed without a migration (run \`npm run migrate:create\`): ${changed.join(', ')}`)
  }
})
