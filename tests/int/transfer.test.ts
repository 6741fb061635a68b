/**
 * `npm run transfer -- --from <uri> --to <uri>` moves the seeded demo site into a new, empty
 * PostgreSQL database with ids kept; the two are compared record by record (every collection, every
 * locale, uploads' file references, every global and version).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { dumpSite } from '../helpers/dumpSite'
import { pngFile } from '../helpers/fixtures'
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/postgresDatabase'
import { startPayload, type TestPortal } from '../helpers/startPayload'

const root = path.resolve(import.meta.dirname, '../..')
const postgresServer = process.env.TEST_POSTGRES_URI || 'postgres://127.0.0.1:5432/postgres'
const onMongo = /^mongodb/.test(process.env.TEST_DATABASE_URI ?? process.env.DATABASE_URI ?? '')
const maybe = onMongo ? test.skip : test

let portal: TestPortal
let target = ''

beforeAll(async () => {
  portal = await startPayload({ demo: true })
  portal.payload.logger.level = 'fatal'
}, 600_000)
afterAll(async () => {
  await portal?.stop()
  if (target) await dropPostgresDatabase(target)
})

function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
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

maybe(
  'the demo site arrives in PostgreSQL record by record, ids kept',
  async () => {
    const source = process.env.DATABASE_URI!
    // An uploaded image, so that an upload's file reference is among what moves.
    await portal.payload.create({
      collection: 'media',
      data: { alt: 'Ihmisiä keskustelemassa' },
      file: pngFile(),
      overrideAccess: true,
    })
    target = await createPostgresDatabase(postgresServer, 'portal_transfer')
    const moved = await run(['src/db/transfer/cli.ts', '--from', source, '--to', target])
    expect({ status: moved.status, out: moved.status ? moved.out : '' }).toEqual({ status: 0, out: '' })
    expect(moved.out).toMatch(/Transferred \d+ records and \d+ versions/)

    const file = path.join(portal.dataDir, 'target.json')
    const dumped = await run(['tests/helpers/dumpSiteProcess.ts', file], {
      DATABASE_URI: target,
      PAYLOAD_MIGRATING: 'true',
    })
    expect({ status: dumped.status }).toEqual({ status: 0 })
    const after = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    const before = JSON.parse(JSON.stringify(await dumpSite(portal.payload))) as Record<string, unknown>

    expect((before.projects as unknown[]).length).toBeGreaterThan(0)
    expect((before['pages versions'] as unknown[]).length).toBeGreaterThan(0)
    expect(before.media).toEqual([expect.objectContaining({ filename: 'kuva.png', mimeType: 'image/png' })])
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    for (const key of Object.keys(before)) {
      // One collection at a time, so a difference names its collection.
      expect({ [key]: after[key] }).toEqual({ [key]: before[key] })
    }
  },
  600_000,
)
