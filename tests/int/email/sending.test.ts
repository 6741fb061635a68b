import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'

import { type ResendStandIn, startResendStandIn } from '../../helpers/resendStandIn'
import { startJobRunnerProcess } from '../../helpers/startJobRunnerProcess'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Caller, endpointCaller, richText } from './endpoint'

let portal: TestPortal
let standIn: ResendStandIn
let call: Caller
let editorToken: string
let adminToken: string
const audienceSize = 250

beforeAll(async () => {
  standIn = await startResendStandIn()
  process.env.RESEND_API_KEY = 're_test_key'
  process.env.RESEND_BASE_URL = standIn.url
  process.env.EMAIL_RETRY_BASE_MS = '5'
  portal = await startPayload()
  call = await endpointCaller()
  const { payload } = portal
  for (const role of ['editor', 'admin'] as const) {
    await payload.create({
      collection: 'users',
      data: { email: `${role}@example.fi`, password: 'pitkä-ja-hyvä-salasana-42', name: role, role } as never,
    })
  }
  editorToken = (
    await call.json('/api/users/login', { email: 'editor@example.fi', password: 'pitkä-ja-hyvä-salasana-42' })
  ).body.token
  adminToken = (
    await call.json('/api/users/login', { email: 'admin@example.fi', password: 'pitkä-ja-hyvä-salasana-42' })
  ).body.token
  const languages = ['fi', 'sv', 'en'] as const
  for (let i = 0; i < audienceSize; i++) {
    await payload.create({
      collection: 'subscribers',
      data: {
        email: `tilaaja${i}@example.fi`,
        language: languages[i % 3],
        status: 'confirmed',
        regions: ['uusimaa'] as never,
      },
    })
  }
})

afterAll(async () => {
  await portal?.stop()
  await standIn?.close()
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
})

beforeEach(() => standIn.reset())

async function newsletter(subject: string) {
  const doc = await portal.payload.create({
    collection: 'newsletters',
    locale: 'fi',
    data: { subject, body: richText(subject) as never, kind: 'newsletter' } as never,
  })
  return String(doc.id)
}

async function send(id: string) {
  const res = await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })
  await portal.payload.jobs.run({ queue: 'default' })
  return res
}

/** How many distinct messages each recipient really got (Resend drops repeats of an idempotency key). */
function deliveriesPerRecipient(subject: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const mail of standIn.delivered.filter((m) => m.subject === subject))
    counts.set(mail.to[0], (counts.get(mail.to[0]) ?? 0) + 1)
  return counts
}

function expectEveryoneOnce(subject: string) {
  const counts = deliveriesPerRecipient(subject)
  expect(counts.size).toBe(audienceSize)
  expect([...counts.values()].every((n) => n === 1)).toBe(true)
}

const batchCalls = () => standIn.requests.filter((r) => r.path === '/emails/batch')

async function waitUntil(done: () => boolean, ms = 60_000) {
  const until = Date.now() + ms
  while (!done()) {
    if (Date.now() > until) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

test('recipients go out in batches of at most 100, each with its own idempotency key, and every delivery is recorded', async () => {
  const id = await newsletter('Erät')
  expect((await send(id)).status).toBe(202)
  const calls = batchCalls()
  expect(calls.map((c) => (c.body as unknown[]).length)).toEqual([100, 100, 50])
  const keys = calls.map((c) => c.headers['idempotency-key'])
  expect(new Set(keys).size).toBe(3)
  expectEveryoneOnce('Erät')

  // Every delivery is on record: each recipient's subscriber id with the id Resend gave their message.
  const { docs: records } = await portal.payload.find({
    collection: 'newsletter-deliveries',
    where: { newsletter: { equals: id } },
    sort: 'createdAt',
    limit: 0,
  })
  expect(records.map((r) => [r.status, r.count])).toEqual([
    ['sent', 100],
    ['sent', 100],
    ['sent', 50],
  ])
  const recorded = new Map<string, string>()
  for (const r of records) {
    const recipients = r.recipients as string[]
    const messageIds = r.messageIds as Record<string, string>
    expect(Object.keys(messageIds).sort()).toEqual([...recipients].sort())
    for (const subscriber of recipients) recorded.set(messageIds[subscriber], subscriber)
  }
  const { docs: subscribers } = await portal.payload.find({ collection: 'subscribers', limit: 0, depth: 0 })
  const emailOf = new Map(subscribers.map((s) => [String(s.id), s.email]))
  const delivered = standIn.delivered.filter((m) => m.subject === 'Erät')
  expect(recorded.size).toBe(audienceSize)
  for (const mail of delivered) expect(emailOf.get(recorded.get(mail.id) ?? '')).toBe(mail.to[0])
})

test('429 and 500 answers are retried with back-off and deliver each message once', async () => {
  standIn.failNext(429, 2)
  await send(await newsletter('Ruuhka'))
  expectEveryoneOnce('Ruuhka')
  const calls = batchCalls()
  expect(calls).toHaveLength(5)
  // The retries of the first batch carry the same key.
  expect(new Set(calls.slice(0, 3).map((c) => c.headers['idempotency-key'])).size).toBe(1)

  standIn.reset()
  standIn.failNext(500, 3)
  const id = await newsletter('Häiriö')
  await send(id)
  expectEveryoneOnce('Häiriö')
  const doc = await portal.payload.findByID({ collection: 'newsletters', id })
  expect(doc.status).toBe('sent')
  expect(doc.progress).toMatchObject({ total: audienceSize, sent: audienceSize, failed: 0 })
})

test('an answer lost after Resend accepted the batch does not send it twice', async () => {
  standIn.dropAnswerNext(1)
  await send(await newsletter('Katkos'))
  expectEveryoneOnce('Katkos')
  const keys = batchCalls().map((c) => c.headers['idempotency-key'])
  expect(keys[0]).toBe(keys[1])
})

test('a send stopped halfway and resumed delivers each message exactly once', async () => {
  const { payload } = portal
  const id = await newsletter('Jatko')
  // The first batch goes through; the second reaches Resend but the answer is lost and
  // Resend then stays down, as when the server dies between the call and its record.
  standIn.goDownAfter(2)
  standIn.dropAnswerNext(0)
  const first = await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })
  expect(first.status).toBe(202)
  standIn.dropAnswerNext(0)
  await payload.jobs.run({ queue: 'default' })

  const halfway = await payload.findByID({ collection: 'newsletters', id })
  expect(halfway.status).toBe('sending')
  expect(halfway.progress).toMatchObject({ total: audienceSize, sent: 200, failed: 0 })

  // The admin's "resume" (the same send action) after Resend is back.
  standIn.recover()
  const resumed = await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })
  expect(resumed.status).toBe(202)
  await payload.jobs.run({ queue: 'default' })
  expectEveryoneOnce('Jatko')
  const done = await payload.findByID({ collection: 'newsletters', id })
  expect(done.status).toBe('sent')
  expect(done.progress).toMatchObject({ total: audienceSize, sent: audienceSize, failed: 0 })
  const again = await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })
  expect([again.status, again.body]).toEqual([409, { errors: [{ message: 'Tämä uutiskirje on jo lähetetty.' }] }])
})

test('a batch stopped between the API call and its record is repeated with the same key, not delivered twice', async () => {
  const { payload } = portal
  const id = await newsletter('Kaatuminen')
  // Resend accepts batch 1 but the answer never arrives and every retry fails: the
  // record stays "pending", exactly what a server killed after the call leaves behind.
  standIn.dropAnswerNext(1)
  standIn.goDownAfter(1)
  await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })
  await payload.jobs.run({ queue: 'default' })
  const records = await payload.find({
    collection: 'newsletter-deliveries',
    where: { newsletter: { equals: id } },
    sort: 'createdAt',
  })
  // Batch 1 (delivered, answer lost) waits as pending, and so do batches 2 and 3, prepared while batch 1 was on the wire but never called.
  expect(records.docs.map((r) => [r.status, r.count])).toEqual([
    ['pending', 100],
    ['pending', 100],
    ['pending', 50],
  ])
  expect(deliveriesPerRecipient('Kaatuminen').size).toBe(100)

  standIn.recover()
  await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })
  await payload.jobs.run({ queue: 'default' })
  expectEveryoneOnce('Kaatuminen')
})

async function checkForStalledSends() {
  await portal.payload.jobs.queue({ task: 'resumeNewsletters', input: {}, queue: 'default' })
  await portal.payload.jobs.run({ queue: 'default' })
}

test('a send whose server process is killed mid-send is resumed by the scheduled check, and everyone gets the newsletter exactly once', async () => {
  const { payload } = portal
  const id = await newsletter('Tapettu')
  expect((await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })).status).toBe(202)

  // The job runs in a server process of its own. Resend answers batch 1, accepts batch 2
  // and delivers it, but the process is killed (SIGKILL) before the answer arrives.
  standIn.holdAnswersAfter(1)
  const server = await startJobRunnerProcess()
  const exited = new Promise((resolve) => server.once('exit', resolve))
  await waitUntil(() => batchCalls().length >= 2 || server.exitCode !== null)
  server.kill('SIGKILL')
  await exited
  expect(deliveriesPerRecipient('Tapettu').size).toBe(200)
  const [dead] = (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'sendNewsletter' } }, { completedAt: { exists: false } }] },
    })
  ).docs
  expect(dead.processing).toBe(true)
  standIn.recover()

  // Within the stall period the check leaves the send alone: it may still be alive.
  const callsBefore = batchCalls().length
  await checkForStalledSends()
  expect(batchCalls()).toHaveLength(callsBefore)
  expect((await payload.findByID({ collection: 'newsletters', id })).status).toBe('sending')

  // Once its heartbeat is older than the stall period, the check resumes it with a new job.
  process.env.NEWSLETTER_STALL_MINUTES = '0'
  try {
    await checkForStalledSends()
    await payload.jobs.run({ queue: 'default' })
    expectEveryoneOnce('Tapettu')
    const done = await payload.findByID({ collection: 'newsletters', id })
    expect(done.status).toBe('sent')
    expect(done.progress).toMatchObject({ total: audienceSize, sent: audienceSize, failed: 0 })
    // The dead job is closed as failed, so it neither blocks nor repeats the send.
    const old = await payload.findByID({ collection: 'payload-jobs', id: dead.id })
    expect([old.processing, old.hasError]).toEqual([false, true])

    // A finished send is never picked up again.
    const callsAfter = batchCalls().length
    await checkForStalledSends()
    expect(batchCalls()).toHaveLength(callsAfter)
  } finally {
    delete process.env.NEWSLETTER_STALL_MINUTES
  }
}, 240_000)

test('a batch Resend refuses outright is recorded as failed and counted', async () => {
  standIn.failNext(422, 1)
  const id = await newsletter('Hylätty')
  await send(id)
  const doc = await portal.payload.findByID({ collection: 'newsletters', id })
  expect(doc.progress).toMatchObject({ total: audienceSize, sent: 150, failed: 100 })
  expect(deliveriesPerRecipient('Hylätty').size).toBe(150)
})

test('without a key, development keeps mail in an outbox only admins read', async () => {
  delete process.env.RESEND_API_KEY
  try {
    await call.json(
      '/api/email/subscribe',
      { email: 'offline@example.fi', language: 'en', consent: true, lang: 'en' },
      { ip: '192.0.2.77' },
    )
    expect(standIn.requests).toHaveLength(0)
    const asAdmin = await call.get('/api/outbox-messages?where[to][equals]=offline@example.fi', { token: adminToken })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.docs.map((d: { subject: string }) => d.subject)).toEqual(['Confirm your subscription'])
    const asEditor = await call.get('/api/outbox-messages', { token: editorToken })
    expect(asEditor.status).toBe(403)
  } finally {
    process.env.RESEND_API_KEY = 're_test_key'
  }
})

test('without a key, production refuses to send with a clear message', async () => {
  const env = process.env as Record<string, string | undefined>
  const nodeEnv = env.NODE_ENV
  delete env.RESEND_API_KEY
  env.NODE_ENV = 'production'
  try {
    const id = await newsletter('Ei avainta')
    const res = await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })
    expect([res.status, res.body.errors]).toEqual([
      503,
      [
        {
          message:
            'Sähköpostia ei ole otettu käyttöön tällä palvelimella, joten mitään ei lähetetty. Ylläpitäjän pitää asettaa RESEND_API_KEY.',
        },
      ],
    ])
    const doc = await portal.payload.findByID({ collection: 'newsletters', id })
    expect(doc.status).toBe('draft')
  } finally {
    env.NODE_ENV = nodeEnv
    env.RESEND_API_KEY = 're_test_key'
  }
})

test('a single message (the confirmation) is retried too, under one idempotency key', async () => {
  standIn.failNext(503, 1)
  standIn.dropAnswerNext(1)
  const res = await call.json(
    '/api/email/subscribe',
    { email: 'sinnikas@example.fi', language: 'fi', consent: true, lang: 'fi' },
    { ip: '192.0.2.88' },
  )
  expect(res.status).toBe(202)
  expect(standIn.delivered.filter((m) => m.to.includes('sinnikas@example.fi'))).toHaveLength(1)
  const keys = standIn.requests.filter((r) => r.path === '/emails').map((r) => r.headers['idempotency-key'])
  expect(keys.length).toBeGreaterThanOrEqual(3)
  expect(new Set(keys).size).toBe(1)
})
