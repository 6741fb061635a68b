/**
 * `npm run backup` copies the database while the server keeps writing to it (SQLite: VACUUM INTO
 * through the adapter's libsql client; PostgreSQL: pg_dump), and the copy, restored as the README
 * says, starts as a portal with every record that existed when the backup began.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { postgresConnectionString } from '../../src/db/postgresConnectionString'
import { createPostgresDatabase, dropPostgresDatabase, isPostgres } from '../helpers/postgresDatabase'
import { startPayload, type TestPortal } from '../helpers/startPayload'

const root = path.resolve(import.meta.dirname, '../..')
const onMongo = /^mongodb/.test(process.env.TEST_DATABASE_URI ?? process.env.DATABASE_URI ?? '')
const maybe = onMongo ? test.skip : test

let portal: TestPortal
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'))
let restoredUri = ''

beforeAll(async () => {
  portal = await startPayload({ seed: true })
  portal.payload.logger.level = 'fatal'
}, 600_000)
afterAll(async () => {
  await portal?.stop()
  if (isPostgres(restoredUri)) await dropPostgresDatabase(restoredUri)
  fs.rmSync(work, { recursive: true, force: true })
})

function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (status) => resolve({ status, out }))
  })
}

async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const { slug } of portal.payload.config.collections) {
    counts[slug] = (await portal.payload.count({ collection: slug, overrideAccess: true })).totalDocs
  }
  return counts
}

maybe(
  'a backup taken while the server writes restores and starts with every record',
  async () => {
    const { payload } = portal
    const before = await countAll()
    expect(before.languages).toBeGreaterThan(0)
    const target = path.join(work, isPostgres(process.env.DATABASE_URI) ? 'portal.dump' : 'portal.db')

    // Sign-ups keep arriving while the backup runs.
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        await payload.create({
          collection: 'subscribers',
          data: { email: `backup-${written}@example.org`, language: 'fi', status: 'pending' },
          overrideAccess: true,
        })
        written++
        // A pause between writes, as between visitors, lets the event loop notice the backup's exit.
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    })()
    const backup = await run(process.execPath, [
      path.join(root, 'node_modules/tsx/dist/cli.mjs'),
      'src/db/backup/cli.ts',
      '--to',
      target,
    ])
    writing = false
    await writer
    expect(backup).toMatchObject({ status: 0 })
    expect(backup.out).toContain(`Backup written to ${target}`)

    // Restore as the README says: SQLite, the file becomes the data folder's portal.db; PostgreSQL, pg_restore into a new database.
    const dataDir = path.join(work, 'restored')
    fs.mkdirSync(dataDir)
    if (isPostgres(process.env.DATABASE_URI)) {
      restoredUri = await createPostgresDatabase(process.env.TEST_DATABASE_URI!, 'portal_restored')
      const restore = spawnSync(
        'pg_restore',
        ['--no-owner', '--dbname', postgresConnectionString(restoredUri), target],
        {
          encoding: 'utf8',
        },
      )
      expect({ status: restore.status, stderr: restore.stderr }).toEqual({ status: 0, stderr: '' })
    } else {
      fs.copyFileSync(target, path.join(dataDir, 'portal.db'))
      restoredUri = `file:${path.join(dataDir, 'portal.db')}`
    }

    const started = await run(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'tests/helpers/countRecordsProcess.ts')],
      { DATABASE_URI: restoredUri, DATA_DIR: dataDir, PAYLOAD_MIGRATING: 'true' },
    )
    expect({ status: started.status }).toEqual({ status: 0 })
    const restored = JSON.parse(started.out.trim().split('\n').pop()!) as Record<string, number>
    const { subscribers, ...others } = restored
    const { subscribers: subscribersBefore, ...othersBefore } = before
    expect(others).toEqual(othersBefore)
    // Whatever was written during the backup may or may not be in it, but nothing from before is missing.
    expect(subscribers).toBeGreaterThanOrEqual(subscribersBefore)
    expect(subscribers).toBeLessThanOrEqual(subscribersBefore + written)
  },
  600_000,
)
