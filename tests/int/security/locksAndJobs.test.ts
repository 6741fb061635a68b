/**
 * Who may touch an edit lock (`payload-locked-documents`) and who may run the job queue over HTTP,
 * through Payload's real REST handlers, signed in with tokens from the real login endpoint.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLocalReq } from 'payload'

import { buildWorld, countAll, PASSWORD, type SignedInActor, type World } from '../../helpers/fixtures'
import { type RestClient, restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

let portal: TestPortal
let w: World
let rest: RestClient
const tokens = {} as Record<SignedInActor, string>
const cronSecret = 'cron-secret-for-the-tests-0123456789'

beforeAll(async () => {
  process.env.CRON_SECRET = cronSecret
  portal = await startPayload()
  portal.payload.logger.level = 'fatal'
  w = await buildWorld(portal.payload)
  rest = await restClient(portal.payload)
  for (const actor of Object.keys(w.users) as (SignedInActor | 'bystander')[])
    if (actor !== 'bystander') tokens[actor] = await rest.login(w.emails[actor], PASSWORD)
})
afterAll(async () => {
  delete process.env.CRON_SECRET
  await portal?.stop()
})

const lockOf = (actor: SignedInActor, collection: string, id: string) => ({
  document: { relationTo: collection, value: id },
  user: { relationTo: 'users', value: w.users[actor].id },
})
const locks = () => countAll(w.payload, 'payload-locked-documents')
async function listedLockIds(actor: SignedInActor): Promise<string[]> {
  const res = await rest.get('/api/payload-locked-documents?depth=0&limit=100', tokens[actor])
  expect(res.status).toBe(200)
  return (res.body.docs as { id: string | number }[]).map((d) => String(d.id))
}

describe('edit locks', () => {
  let lockA = ''

  test('a coordinator cannot lock a session of another municipality, so its own coordinator can still save it', async () => {
    const before = await locks()
    const res = await rest.post(
      '/api/payload-locked-documents',
      lockOf('coordinatorB', 'sessions', w.sessions.A),
      tokens.coordinatorB,
    )
    expect(res.status).toBe(403)
    expect(await locks()).toBe(before)
    const save = await rest.patch(`/api/sessions/${w.sessions.A}`, { participantCount: 13 }, tokens.coordinatorA)
    expect(save.status).toBe(200)
  })

  test('nor through the admin’s form state, which writes the lock straight to the database', async () => {
    const { handleFormStateLocking } = await import('@payloadcms/ui/utilities/handleFormStateLocking')
    const before = await locks()
    const asB = await createLocalReq({ user: w.users.coordinatorB }, w.payload)
    await handleFormStateLocking({ id: w.sessions.A, collectionSlug: 'sessions', req: asB, updateLastEdited: true })
    expect(await locks()).toBe(before)
    const asA = await createLocalReq({ user: w.users.coordinatorA }, w.payload)
    await handleFormStateLocking({ id: w.sessions.A, collectionSlug: 'sessions', req: asA, updateLastEdited: true })
    expect(await locks()).toBe(before + 1)
    await w.payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
  })

  test('nobody creates a lock in someone else’s name, and a lock must name a record', async () => {
    const before = await locks()
    const inOthersName = { ...lockOf('coordinatorB', 'sessions', w.sessions.A) }
    expect((await rest.post('/api/payload-locked-documents', inOthersName, tokens.coordinatorA)).status).toBe(403)
    const naming = { user: { relationTo: 'users', value: w.users.coordinatorA.id } }
    expect((await rest.post('/api/payload-locked-documents', naming, tokens.coordinatorA)).status).toBe(403)
    expect(await locks()).toBe(before)
  })

  test('a coordinator locks a session of their own municipality', async () => {
    const res = await rest.post(
      '/api/payload-locked-documents',
      lockOf('coordinatorA', 'sessions', w.sessions.A),
      tokens.coordinatorA,
    )
    expect(res.status).toBe(201)
    lockA = String(res.body.doc.id)
  })

  test('the lock is listed to its holder, to whoever may edit the session and to the admin; to nobody else', async () => {
    expect(await listedLockIds('coordinatorA')).toContain(lockA)
    expect(await listedLockIds('organizerPartner')).toContain(lockA)
    expect(await listedLockIds('admin')).toContain(lockA)
    for (const actor of ['coordinatorB', 'organizerOther', 'editor'] as const) {
      expect(await listedLockIds(actor)).not.toContain(lockA)
      expect((await rest.get(`/api/payload-locked-documents/${lockA}`, tokens[actor])).status).toBe(404)
    }
    expect((await rest.get('/api/payload-locked-documents')).status).toBe(403)
  })

  test('another municipality’s coordinator can neither change nor delete it', async () => {
    const takeOver = { user: { relationTo: 'users', value: w.users.coordinatorB.id } }
    const refused = [403, 404]
    expect(refused).toContain(
      (await rest.patch(`/api/payload-locked-documents/${lockA}`, takeOver, tokens.coordinatorB)).status,
    )
    expect(refused).toContain((await rest.delete(`/api/payload-locked-documents/${lockA}`, tokens.coordinatorB)).status)
    const lock = await w.payload.findByID({ collection: 'payload-locked-documents', id: lockA, depth: 0 })
    expect(String((lock.user as { value: string | number }).value)).toBe(String(w.users.coordinatorA.id))
  })

  test('the holder cannot move the lock onto another municipality’s session', async () => {
    const move = { document: { relationTo: 'sessions', value: w.sessions.B } }
    expect((await rest.patch(`/api/payload-locked-documents/${lockA}`, move, tokens.coordinatorA)).status).toBe(403)
  })

  test('someone who may edit the session takes the lock over, but only for themselves, and cannot delete it', async () => {
    const forSomeoneElse = { user: { relationTo: 'users', value: w.users.coordinatorB.id } }
    expect(
      (await rest.patch(`/api/payload-locked-documents/${lockA}`, forSomeoneElse, tokens.organizerPartner)).status,
    ).toBe(403)
    expect((await rest.delete(`/api/payload-locked-documents/${lockA}`, tokens.organizerPartner)).status).toBe(403)
    const takeOver = { user: { relationTo: 'users', value: w.users.organizerPartner.id } }
    const res = await rest.patch(`/api/payload-locked-documents/${lockA}`, takeOver, tokens.organizerPartner)
    expect(res.status).toBe(200)
    expect(String(res.body.doc.user.value?.id ?? res.body.doc.user.value)).toBe(String(w.users.organizerPartner.id))
  })

  test('the holder and the admin delete locks', async () => {
    expect((await rest.delete(`/api/payload-locked-documents/${lockA}`, tokens.organizerPartner)).status).toBe(200)
    const page = await rest.post(
      '/api/payload-locked-documents',
      lockOf('editor', 'pages', w.pages.published),
      tokens.editor,
    )
    expect(page.status).toBe(201)
    expect(await listedLockIds('coordinatorA')).not.toContain(String(page.body.doc.id))
    expect((await rest.delete(`/api/payload-locked-documents/${page.body.doc.id}`, tokens.admin)).status).toBe(200)
    expect(await locks()).toBe(0)
  })

  test('an editor locks a global they edit; a coordinator cannot', async () => {
    const global = w.payload.config.globals.find((g) => g.slug === 'site-settings')
    expect(global).toBeDefined()
    const data = (actor: SignedInActor) => ({
      globalSlug: 'site-settings',
      user: { relationTo: 'users', value: w.users[actor].id },
    })
    expect((await rest.post('/api/payload-locked-documents', data('coordinatorA'), tokens.coordinatorA)).status).toBe(
      403,
    )
    expect((await rest.post('/api/payload-locked-documents', data('editor'), tokens.editor)).status).toBe(201)
  })
})

describe('running the job queue over HTTP', () => {
  let handlers: Record<'GET', Handler>
  beforeAll(async () => {
    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../../payload.config')
    handlers = { GET: REST_GET(config) as Handler }
  })

  async function run(method: 'GET', authorization?: string, path = 'run'): Promise<number> {
    const headers = new Headers()
    if (authorization) headers.set('Authorization', authorization)
    const url = `http://localhost/api/payload-jobs/${path}?limit=1`
    const res = await handlers[method](new Request(url, { method, headers }), {
      params: Promise.resolve({ slug: ['payload-jobs', path] }),
    })
    await res.text()
    return res.status
  }

  test.each(['organizerPartner', 'coordinatorA', 'editor'] as const)('%s may not run it', async (actor) => {
    expect(await run('GET', `JWT ${tokens[actor]}`)).toBe(401)
  })

  test('nor may a stranger, with or without a wrong secret', async () => {
    expect(await run('GET')).toBe(401)
    expect(await run('GET', 'Bearer not-the-secret')).toBe(401)
    expect(await run('GET', `Bearer ${cronSecret}x`)).toBe(401)
  })

  test('an admin and the cron caller with CRON_SECRET may', async () => {
    expect(await run('GET', `JWT ${tokens.admin}`)).toBe(200)
    expect(await run('GET', `Bearer ${cronSecret}`)).toBe(200)
  })

  test('on a web instance (PORTAL_ROLE=web) nobody runs it over HTTP: the workers do', async () => {
    process.env.PORTAL_ROLE = 'web'
    try {
      expect(await run('GET', `JWT ${tokens.admin}`)).toBe(401)
      expect(await run('GET', `Bearer ${cronSecret}`)).toBe(401)
      expect(await run('GET', `Bearer ${cronSecret}`, 'handle-schedules')).toBe(401)
    } finally {
      delete process.env.PORTAL_ROLE
    }
    expect(await run('GET', `JWT ${tokens.admin}`)).toBe(200)
  })

  test('scheduling through /handle-schedules follows the same rule', async () => {
    expect(await run('GET', `JWT ${tokens.coordinatorA}`, 'handle-schedules')).toBe(401)
    expect(await run('GET', undefined, 'handle-schedules')).toBe(401)
  })
})
