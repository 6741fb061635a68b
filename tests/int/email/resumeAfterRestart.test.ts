import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { type ResendStandIn, startResendStandIn } from '../../helpers/resendStandIn'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Caller, endpointCaller, richText } from './endpoint'

let portal: TestPortal
let standIn: ResendStandIn
let call: Caller
let editorToken: string
const audienceSize = 250

beforeAll(async () => {
  standIn = await startResendStandIn()
  process.env.RESEND_API_KEY = 're_test_key'
  process.env.RESEND_BASE_URL = standIn.url
  process.env.EMAIL_RETRY_BASE_MS = '5'
  portal = await startPayload()
  call = await endpointCaller()
  const { payload } = portal
  await payload.create({
    collection: 'users',
    data: { email: 'editor@example.fi', password: 'pitkä-ja-hyvä-salasana-42', name: 'editor', role: 'editor' } as never,
  })
  editorToken = (await call.json('/api/users/login', { email: 'editor@example.fi', password: 'pitkä-ja-hyvä-salasana-42' })).body.token
  const languages = ['fi', 'sv', 'en'] as const
  for (let i = 0; i < audienceSize; i++) {
    await payload.create({ collection: 'subscribers', data: { email: `tilaaja${i}@example.fi`, language: languages[i % 3], status: 'confirmed' } as never })
  }
}, 120_000)

afterAll(async () => {
  await portal?.stop()
  await standIn?.close()
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  delete process.env.NEWSLETTER_STALL_MINUTES
})

const batchCalls = () => standIn.requests.filter((r) => r.path === '/emails/batch')

async function checkForStalledSends() {
  await portal.payload.jobs.queue({ task: 'resumeNewsletters', input: {}, queue: 'default' })
  await portal.payload.jobs.run({ queue: 'default' })
}

test('a send whose server died is resumed by the scheduled check, and everyone gets the newsletter exactly once', async () => {
  const { payload } = portal
  const doc = await payload.create({ collection: 'newsletters', locale: 'fi', data: { subject: 'Tapettu', body: richText('Tapettu') as never, kind: 'newsletter' } as never })
  const id = String(doc.id)
  expect((await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })).status).toBe(202)

  // Batch 1 reaches Resend and is delivered, but its answer is lost, and Resend then
  // stays down until this attempt gives up: the batch is left pending, as a kill leaves it.
  standIn.dropAnswerNext(1)
  standIn.goDownAfter(1)
  await payload.jobs.run({ queue: 'default' })
  expect(new Set(standIn.delivered.map((m) => m.to[0])).size).toBe(100)
  // What a server killed at that moment leaves behind: its job still marked as running.
  const [job] = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletter' } } })).docs
  await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true } })
  standIn.recover()

  // Within the stall period the check leaves the send alone: it may still be alive.
  const callsBefore = batchCalls().length
  await checkForStalledSends()
  expect(batchCalls()).toHaveLength(callsBefore)
  expect((await payload.findByID({ collection: 'newsletters', id })).status).toBe('sending')

  // Once its heartbeat is older than the stall period, the check resumes it with a new job.
  process.env.NEWSLETTER_STALL_MINUTES = '0'
  await checkForStalledSends()
  await payload.jobs.run({ queue: 'default' })

  const counts = new Map<string, number>()
  for (const mail of standIn.delivered) counts.set(mail.to[0], (counts.get(mail.to[0]) ?? 0) + 1)
  expect(counts.size).toBe(audienceSize)
  expect([...counts.values()].every((n) => n === 1)).toBe(true)
  const done = await payload.findByID({ collection: 'newsletters', id })
  expect(done.status).toBe('sent')
  expect(done.progress).toMatchObject({ total: audienceSize, sent: audienceSize, failed: 0 })
  // The dead job is closed as failed, so it neither blocks nor repeats the send.
  const old = await payload.findByID({ collection: 'payload-jobs', id: job.id })
  expect([old.processing, old.hasError]).toEqual([false, true])

  // A finished send is never picked up again.
  const callsAfter = batchCalls().length
  await checkForStalledSends()
  expect(batchCalls()).toHaveLength(callsAfter)
}, 120_000)
