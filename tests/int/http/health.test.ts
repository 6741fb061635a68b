/**
 * `/api/health` and `/api/ready` for load balancers, asked through Payload's real REST handlers:
 * health answers while the process runs; ready answers 200 only while the database answers and the
 * committed migrations of its adapter are applied, else 503 in the one refusal shape.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { drainOnSigterm, isDraining } from '../../../src/http/draining'
import { type RestClient, restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let rest: RestClient
let english: RestClient

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = 'fatal'
  rest = await restClient(portal.payload)
  english = await restClient(portal.payload, { language: 'en' })
})
afterAll(async () => {
  await portal?.stop()
})

const committed = () =>
  ((portal.payload.db as unknown as { prodMigrations?: { name: string }[] }).prodMigrations ?? []).map((m) => m.name)

test('health answers 200 without asking anyone to sign in', async () => {
  expect(await rest.get('/api/health')).toEqual({ status: 200, body: { status: 'ok' } })
})

test('ready answers 200 on a database whose schema is in place', async () => {
  expect(await rest.get('/api/ready')).toEqual({ status: 200, body: { status: 'ready' } })
})

test('ready answers 503 while a committed migration is missing, and 200 once all are applied', async () => {
  if (!committed().length) return // MongoDB: no migrations to wait for
  const { payload } = portal
  // As on a production database: no development push, only what the migrations did.
  await payload.delete({ collection: 'payload-migrations', where: { name: { equals: 'dev' } } })
  const [first, ...others] = committed()
  expect((await rest.get('/api/ready')).status).toBe(503)
  for (const name of [first, ...others]) {
    await payload.create({ collection: 'payload-migrations', data: { name, batch: 1 } })
  }
  expect((await rest.get('/api/ready')).status).toBe(200)
  await payload.delete({ collection: 'payload-migrations', where: { name: { equals: first } } })
  const answer = await english.get('/api/ready')
  expect(answer).toEqual({
    status: 503,
    body: {
      errors: [
        {
          message: `The database is missing migrations this version needs (${first}). Start the server with npm start or run npx payload migrate.`,
        },
      ],
    },
  })
})

test('from SIGTERM on, ready answers 503 so the load balancer stops sending; health still answers 200', async () => {
  const listening = process.listeners('SIGTERM')
  drainOnSigterm()
  const handler = process.listeners('SIGTERM').find((l) => !listening.includes(l))!
  try {
    // What the signal runs, without ending this test process.
    handler('SIGTERM')
    expect(isDraining()).toBe(true)
    expect(await english.get('/api/ready')).toEqual({
      status: 503,
      body: {
        errors: [{ message: 'This server is stopping. It finishes the requests it has and takes no new ones.' }],
      },
    })
    expect((await rest.get('/api/health')).status).toBe(200)
  } finally {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('portal.draining')]
    process.removeListener('SIGTERM', handler)
  }
})

test('ready answers 503 once the database stops answering; health still answers 200', async () => {
  // A real outage: the adapter's connection closes under the running server.
  const db = portal.payload.db as unknown as {
    client?: { close: () => void }
    pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
    connection?: { close: () => Promise<void> }
    name: string
  }
  if (db.pool) {
    // PostgreSQL: once end() is called the pool refuses every query (end() itself waits for clients still checked out).
    db.pool.on('error', () => {})
    void db.pool.end().catch(() => {})
  } else if (db.name === 'sqlite') db.client?.close()
  else await db.connection?.close()
  const answer = await english.get('/api/ready')
  expect(answer).toEqual({
    status: 503,
    body: { errors: [{ message: 'The database does not answer, so this server cannot serve requests yet.' }] },
  })
  expect((await rest.get('/api/health')).status).toBe(200)
})
