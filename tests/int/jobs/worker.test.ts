import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { claimJob } from '../../../src/jobs/claimJob'
import { releaseLapsedJobs } from '../../../src/jobs/jobLease'
import { type ResendStandIn, startResendStandIn } from '../../helpers/resendStandIn'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { startWorkerProcess, type WorkerProcess } from '../../helpers/startWorkerProcess'
import { type Caller, endpointCaller, richText } from '../email/endpoint'

let portal: TestPortal
let standIn: ResendStandIn
let call: Caller
let editorToken: string
const audienceSize = 40
const workers: WorkerProcess[] = []

beforeAll(async () => {
  standIn = await startResendStandIn()
  process.env.RESEND_API_KEY = 're_test_key'
  process.env.RESEND_BASE_URL = standIn.url
  portal = await startPayload()
  call = await endpointCaller()
  const { payload } = portal
  await payload.create({
    collection: 'users',
    data: {
      email: 'editor@example.fi',
      password: 'pitkä-ja-hyvä-salasana-42',
      name: 'Editor',
      role: 'editor',
    } as never,
  })
  editorToken = (
    await call.json('/api/users/login', { email: 'editor@example.fi', password: 'pitkä-ja-hyvä-salasana-42' })
  ).body.token
  for (let i = 0; i < audienceSize; i++) {
    await payload.create({
      collection: 'subscribers',
      data: { email: `tyo${i}@example.fi`, language: 'fi', status: 'confirmed', regions: ['uusimaa'] as never },
    })
  }
})

afterAll(async () => {
  for (const worker of workers) worker.child.kill('SIGKILL')
  await portal?.stop()
  await standIn?.close()
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  delete process.env.WORKER_LEASE_SECONDS
})

async function queuedJob(): Promise<string> {
  const job = await portal.payload.jobs.queue({ task: 'resumeNewsletters', input: {}, queue: 'default' })
  return String(job.id)
}

async function job(id: string) {
  return portal.payload.findByID({ collection: 'payload-jobs', id, depth: 0 })
}

test('of many workers reaching for the same job at the same moment, exactly one gets it', async () => {
  const id = await queuedJob()
  const claims = await Promise.all(Array.from({ length: 12 }, () => claimJob(portal.payload, id)))
  expect(claims.filter(Boolean)).toHaveLength(1)
  expect((await job(id)).processing).toBe(true)
  // Taken is taken: a later claim does not get it either.
  expect(await claimJob(portal.payload, id)).toBe(false)
  await portal.payload.delete({ collection: 'payload-jobs', id })
})

test("a job left running by a worker that died goes back to the queue once its lease lapses; a live worker's job stays", async () => {
  process.env.WORKER_LEASE_SECONDS = '5'
  const dead = await queuedJob()
  const alive = await queuedJob()
  expect(await claimJob(portal.payload, dead)).toBe(true)
  expect(await claimJob(portal.payload, alive)).toBe(true)
  // The dead worker last renewed its lease a minute ago; the live one just now.
  await portal.payload.db.updateOne({
    collection: 'payload-jobs',
    id: dead,
    data: { updatedAt: new Date(Date.now() - 60_000).toISOString() },
    returning: false,
  })
  expect(await releaseLapsedJobs(portal.payload)).toBe(1)
  expect((await job(dead)).processing).toBe(false)
  expect((await job(alive)).processing).toBe(true)
  expect(await claimJob(portal.payload, dead)).toBe(true)
  for (const id of [dead, alive]) await portal.payload.delete({ collection: 'payload-jobs', id })
})

// Worker processes need a database server (src/config/readSettings.ts refuses them on SQLite): this runs in the PostgreSQL round.
const databaseUri = process.env.TEST_DATABASE_URI || process.env.DATABASE_URI || ''
const maybe = databaseUri && !databaseUri.startsWith('file:') ? test : test.skip

maybe(
  'two workers started together share the queue: each send runs in one of them, once, and everyone gets each newsletter once',
  async () => {
    const subjects = ['Kirje A', 'Kirje B', 'Kirje C', 'Kirje D', 'Kirje E', 'Kirje F']
    const jobIds: string[] = []
    for (const subject of subjects) {
      const doc = await portal.payload.create({
        collection: 'newsletters',
        locale: 'fi',
        data: { subject, body: richText(subject) as never, kind: 'newsletter' } as never,
      })
      const res = await call.json(`/api/email/newsletters/${doc.id}/send`, {}, { token: editorToken })
      expect(res.status).toBe(202)
    }
    const { docs: queued } = await portal.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendNewsletter' } },
      pagination: false,
    })
    jobIds.push(...queued.map((j) => String(j.id)))
    expect(jobIds).toHaveLength(subjects.length)

    // A slow provider keeps each send busy long enough for both workers to be at work at once.
    standIn.answerAfter(400)
    const env = { WORKER_POLL_MS: '200' }
    workers.push(...(await Promise.all([startWorkerProcess(env), startWorkerProcess(env)])))
    const deadline = Date.now() + 90_000
    for (;;) {
      // A finished job is deleted; its newsletter says it was sent.
      const { totalDocs: sent } = await portal.payload.count({
        collection: 'newsletters',
        where: { status: { equals: 'sent' } },
      })
      const ran = workers.flatMap((w) => w.ranJobs()).filter((id) => jobIds.includes(id))
      if (sent === subjects.length && ran.length >= jobIds.length) break
      if (Date.now() > deadline) throw new Error(workers.map((w) => w.output()).join('\n---\n'))
      await new Promise((resolve) => setTimeout(resolve, 250))
    }

    // (The workers may also run scheduled chores meanwhile; only the sends are counted.)
    const [first, second] = workers.map((w) => w.ranJobs().filter((id) => jobIds.includes(id)))
    expect(first.filter((id) => second.includes(id))).toEqual([])
    expect([...first, ...second].sort()).toEqual([...jobIds].sort())
    const { totalDocs: leftOver } = await portal.payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendNewsletter' } },
    })
    expect(leftOver).toBe(0)
    for (const subject of subjects) {
      const recipients = standIn.delivered.filter((m) => m.subject === subject).map((m) => m.to[0])
      expect(recipients).toHaveLength(audienceSize)
      expect(new Set(recipients).size).toBe(audienceSize)
    }
  },
  300_000,
)

maybe(
  'on SIGTERM a worker takes no new job, finishes the one it is running and exits cleanly',
  async () => {
    // One worker left, idle: it leaves at once.
    workers[1].child.kill('SIGTERM')
    expect(await workers[1].exited).toBe(0)

    const subject = 'Kirje SIGTERM'
    const doc = await portal.payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: { subject, body: richText(subject) as never, kind: 'newsletter' } as never,
    })
    standIn.reset()
    standIn.answerAfter(1500)
    expect((await call.json(`/api/email/newsletters/${doc.id}/send`, {}, { token: editorToken })).status).toBe(202)
    const deadline = Date.now() + 60_000
    while (!standIn.requests.length) {
      if (Date.now() > deadline) throw new Error(workers[0].output())
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    // The send is on the wire when the worker is told to stop.
    workers[0].child.kill('SIGTERM')
    expect(await workers[0].exited).toBe(0)
    const sent = await portal.payload.findByID({ collection: 'newsletters', id: doc.id, depth: 0 })
    expect(sent.status).toBe('sent')
    expect(new Set(standIn.delivered.filter((m) => m.subject === subject).map((m) => m.to[0])).size).toBe(audienceSize)
  },
  120_000,
)
