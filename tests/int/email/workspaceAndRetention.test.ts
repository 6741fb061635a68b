import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'

import { type ResendStandIn, startResendStandIn } from '../../helpers/resendStandIn'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Caller, endpointCaller } from './endpoint'

let portal: TestPortal
let standIn: ResendStandIn
let call: Caller
let adminToken: string
const day = 24 * 60 * 60 * 1000

beforeAll(async () => {
  standIn = await startResendStandIn()
  process.env.RESEND_API_KEY = 're_test_key'
  process.env.RESEND_BASE_URL = standIn.url
  portal = await startPayload()
  call = await endpointCaller()
  const { payload } = portal
  await payload.updateGlobal({ slug: 'site-settings', data: { workspaceUrl: 'https://alusta.example.fi/hvs' } })
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.fi', password: 'pitkä-ja-hyvä-salasana-42', name: 'Admin', role: 'admin' } as never,
  })
  adminToken = (
    await call.json('/api/users/login', { email: 'admin@example.fi', password: 'pitkä-ja-hyvä-salasana-42' })
  ).body.token
})

afterAll(async () => {
  await portal?.stop()
  await standIn?.close()
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
})

beforeEach(() => standIn.reset())

const request = (email: string, language = 'sv') => ({
  name: 'Anna Andersson',
  email,
  organization: 'Närpes stad',
  municipality: 'Närpes',
  role: 'integrationskoordinator',
  reason: 'Vi planerar diskussioner.',
  language,
  consent: true,
  lang: 'sv',
})

async function requestId(email: string): Promise<string> {
  const { docs } = await portal.payload.find({ collection: 'workspace-requests', where: { email: { equals: email } } })
  return String(docs[0].id)
}

test('a workspace request is stored, admins are told, and approval sends the workspace address once', async () => {
  const res = await call.json('/api/email/workspace', request('anna@example.fi'))
  expect([res.status, res.body.message]).toEqual([202, 'Tack! Vi svarar per e-post när förfrågan har behandlats.'])
  expect(standIn.delivered.map((m) => m.to)).toEqual([['admin@example.fi']])
  expect(standIn.delivered[0].subject).toContain('Närpes stad')

  standIn.reset()
  const id = await requestId('anna@example.fi')
  // The admin decides through the REST API, as the admin panel does.
  const approved = await call.json(`/api/workspace-requests/${id}`, {}, { token: adminToken })
  expect(approved.status).toBe(404)
  const patch = await fetchPatch(`/api/workspace-requests/${id}`, { status: 'approved' }, adminToken)
  expect(patch.status).toBe(200)
  expect(standIn.delivered).toHaveLength(1)
  const [mail] = standIn.delivered
  expect(mail.to).toEqual(['anna@example.fi'])
  expect(mail.subject).toBe('Välkommen till partnernas arbetsrum')
  expect(mail.text).toContain('https://alusta.example.fi/hvs')
  expect(mail.html).toContain('lang="sv"')

  // Saving again sends nothing more.
  await fetchPatch(`/api/workspace-requests/${id}`, { role: 'koordinator' }, adminToken)
  expect(standIn.delivered).toHaveLength(1)
  const doc = await portal.payload.findByID({ collection: 'workspace-requests', id })
  expect(doc.decidedAt).toBeTruthy()
  expect(doc.notifiedAt).toBeTruthy()
})

test('a rejection sends a polite refusal in the applicant’s language, without the workspace address', async () => {
  await call.json('/api/email/workspace', request('ben@example.fi', 'en'), { ip: '192.0.2.31' })
  standIn.reset()
  const id = await requestId('ben@example.fi')
  await fetchPatch(`/api/workspace-requests/${id}`, { status: 'rejected' }, adminToken)
  expect(standIn.delivered).toHaveLength(1)
  expect(standIn.delivered[0].subject).toBe('Your request to join the workspace')
  expect(standIn.delivered[0].text).toContain('Unfortunately we cannot give you access this time')
  expect(standIn.delivered[0].text).not.toContain('alusta.example.fi')
})

test('an incomplete or overlong workspace request is refused with its message and stores nothing', async () => {
  const { payload } = portal
  const before = (await payload.count({ collection: 'workspace-requests' })).totalDocs
  const cases: [Record<string, unknown>, string, string][] = [
    [{ ...request('c@example.fi'), name: '' }, 'name', 'Ange ditt namn.'],
    [{ ...request('c@example.fi'), organization: '' }, 'organization', 'Ange din organisation.'],
    [{ ...request('c@example.fi'), reason: 'x'.repeat(2001) }, 'reason', 'Texten är för lång (högst 2000 tecken).'],
    [
      { ...request('c@example.fi'), consent: false },
      'consent',
      'Du måste godkänna behandlingen av dina uppgifter för att fortsätta.',
    ],
    [{ ...request('not-an-address') }, 'email', 'Ange en giltig e-postadress, till exempel namn@exempel.fi.'],
  ]
  for (const [data, path, message] of cases) {
    const res = await call.json('/api/email/workspace', data, { ip: '192.0.2.32' })
    expect([res.status, res.body]).toEqual([400, { errors: [{ message, path }] }])
  }
  expect((await payload.count({ collection: 'workspace-requests' })).totalDocs).toBe(before)
  expect(standIn.delivered).toHaveLength(0)
})

test('the retention job deletes old unconfirmed sign-ups, old decided requests and old attempts, and nothing else', async () => {
  const { payload } = portal
  const age = async (
    collection: 'subscribers' | 'workspace-requests' | 'signup-attempts',
    id: string | number,
    days: number,
    field = 'createdAt',
  ) => {
    await payload.db.updateOne({ collection, id, data: { [field]: new Date(Date.now() - days * day).toISOString() } })
  }
  const sub = (email: string, status: 'pending' | 'confirmed' | 'unsubscribed') =>
    payload.create({ collection: 'subscribers', data: { email, language: 'fi', status } })
  const oldPending = await sub('old-pending@example.fi', 'pending')
  const newPending = await sub('new-pending@example.fi', 'pending')
  const oldConfirmed = await sub('old-confirmed@example.fi', 'confirmed')
  await age('subscribers', oldPending.id, 8)
  await age('subscribers', newPending.id, 6)
  await age('subscribers', oldConfirmed.id, 400)

  const ws = (email: string, status: 'pending' | 'approved' | 'rejected') =>
    payload.create({ collection: 'workspace-requests', data: { name: 'N', email, organization: 'O', status } })
  const oldApproved = await ws('old-approved@example.fi', 'approved')
  const oldRejected = await ws('old-rejected@example.fi', 'rejected')
  const recentRejected = await ws('recent-rejected@example.fi', 'rejected')
  const oldUndecided = await ws('old-undecided@example.fi', 'pending')
  await age('workspace-requests', oldApproved.id, 91, 'decidedAt')
  await age('workspace-requests', oldRejected.id, 120, 'decidedAt')
  await age('workspace-requests', recentRejected.id, 89, 'decidedAt')
  await age('workspace-requests', oldUndecided.id, 200)

  const oldAttempt = await payload.create({ collection: 'signup-attempts', data: { keyHash: 'old' } })
  const newAttempt = await payload.create({ collection: 'signup-attempts', data: { keyHash: 'new' } })
  await age('signup-attempts', oldAttempt.id, 2)

  await payload.jobs.queue({ task: 'emailRetention', input: {}, queue: 'hourly' })
  await payload.jobs.run({ queue: 'hourly' })

  const emails = async (collection: 'subscribers' | 'workspace-requests') =>
    (await payload.find({ collection, pagination: false, where: { email: { like: 'old-' } } })).docs
      .map((d) => d.email)
      .sort()
  expect(await payload.count({ collection: 'subscribers', where: { id: { equals: oldPending.id } } })).toMatchObject({
    totalDocs: 0,
  })
  expect(
    await payload.count({ collection: 'subscribers', where: { id: { in: [newPending.id, oldConfirmed.id] } } }),
  ).toMatchObject({ totalDocs: 2 })
  expect(await emails('workspace-requests')).toEqual(['old-undecided@example.fi'])
  expect(
    await payload.count({ collection: 'workspace-requests', where: { id: { equals: recentRejected.id } } }),
  ).toMatchObject({ totalDocs: 1 })
  const attempts = await payload.find({
    collection: 'signup-attempts',
    pagination: false,
    where: { id: { in: [oldAttempt.id, newAttempt.id] } },
  })
  expect(attempts.docs.map((d) => d.id)).toEqual([newAttempt.id])
  expect(await emails('subscribers')).toEqual(['old-confirmed@example.fi'])
})

test('the retention job is scheduled on the hourly queue', async () => {
  const task = portal.payload.config.jobs.tasks?.find((t) => t.slug === 'emailRetention')
  expect(task?.schedule?.[0]).toMatchObject({ queue: 'hourly' })
})

async function fetchPatch(path: string, data: unknown, token: string) {
  const { REST_PATCH } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../payload.config')
  const url = `http://localhost${path}`
  const slug = new URL(url).pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
  const response = await (
    REST_PATCH(config) as (r: Request, a: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  )(
    new Request(url, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify(data),
    }),
    { params: Promise.resolve({ slug }) },
  )
  return { status: response.status, body: await response.json() }
}
