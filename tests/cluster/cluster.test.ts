/**
 * Several machines, proven on one: two web instances (PORTAL_ROLE=web) and a
 * job worker on one PostgreSQL database and one Redis, with the shipped nginx
 * example in front, all started the way the README tells an operator to
 * (`npm start`, `npm run worker`). Needs the production build, PostgreSQL
 * (TEST_POSTGRES_URI) and nginx; a missing one fails.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import autocannon from 'autocannon'
import type { Payload } from 'payload'

import { findNginx, startNginx } from '../../bench/nginx/startNginx.mjs'
import { DEMO_PASSWORD } from '../../src/seed/demo/seedDemoUsers'
import { loadAliveUnderPolicy } from '../helpers/loadAliveUnderPolicy'
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/postgresDatabase'
import { freePort, hasProductionBuild, killGroup, spawnProductionServer } from '../helpers/productionServer'
import { type ResendStandIn, startResendStandIn } from '../helpers/resendStandIn'
import { closePayload } from '../helpers/startPayload'
import { richText } from '../int/email/endpoint'

const root = path.resolve(import.meta.dirname, '../..')
const postgresBase = process.env.TEST_POSTGRES_URI || 'postgres://127.0.0.1:5432/postgres'

type Proc = { child: ChildProcess; output: () => string; exited: Promise<unknown> }
type Instance = Proc & { port: number; url: string; dataDir: string }

let databaseUri = ''
let standIn: ResendStandIn
let nginx: { url: string; stop: () => Promise<void>; errorLog: () => string }
let nginxPort = 0
let uploadDir = ''
let payload: Payload | undefined
const instances: Instance[] = []
const workers: Proc[] = []
let env: Record<string, string> = {}
let editorToken = ''

function track(child: ChildProcess, output: () => string): Proc {
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve))
  return { child, output, exited }
}

async function waitUntil(what: string, ok: () => Promise<boolean>, ms: number, detail = () => ''): Promise<void> {
  const deadline = Date.now() + ms
  for (;;) {
    try {
      if (await ok()) return
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms\n${detail().slice(-4000)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function startInstance(port: number, extra: Record<string, string> = {}): Promise<Instance> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-web-'))
  const { child, output } = spawnProductionServer(port, dataDir, { ...env, ...extra })
  const instance = { ...track(child, output), port, url: `http://127.0.0.1:${port}`, dataDir }
  // What a load balancer asks: the database answers and the migrations are applied.
  await waitUntil(
    `instance on ${port} ready`,
    async () => {
      if (child.exitCode !== null) throw new Error(`the instance exited:\n${output()}`)
      return (await fetch(`${instance.url}/api/ready`)).status === 200
    },
    300_000,
    output,
  )
  return instance
}

async function startWorker(): Promise<Proc> {
  const child = spawn('npm', ['run', '--silent', 'worker'], {
    cwd: root,
    detached: true,
    env: { ...process.env, NODE_OPTIONS: '', JEST_WORKER_ID: '', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d) => (out += d))
  child.stderr?.on('data', (d) => (out += d))
  const proc = track(child, () => out)
  await waitUntil(
    'the worker started',
    async () => /Job worker \d+ started/.test(out),
    120_000,
    () => out,
  )
  return proc
}

async function api(base: string, route: string, init: RequestInit = {}) {
  const res = await fetch(base + route, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(editorToken ? { authorization: `JWT ${editorToken}` } : {}),
      ...init.headers,
    },
  })
  const text = await res.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // a page, not JSON
  }
  return { status: res.status, body: body as Record<string, any> }
}

beforeAll(async () => {
  if (!hasProductionBuild()) throw new Error('No production build: run `npm run build` first.')
  const nginxPath = findNginx()
  if (!nginxPath) throw new Error('nginx is not installed (apt-get install -y nginx): the cluster test cannot run.')
  standIn = await startResendStandIn()
  databaseUri = await createPostgresDatabase(postgresBase, 'portal_cluster')
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-uploads-'))
  nginxPort = await freePort()
  env = {
    DATABASE_URI: databaseUri,
    PORTAL_ROLE: 'web',
    PAYLOAD_SECRET: 'cluster-' + crypto.randomBytes(16).toString('hex'),
    SERVER_URL: `http://127.0.0.1:${nginxPort}`,
    TRUSTED_PROXIES: '127.0.0.1',
    UPLOAD_DIR: uploadDir,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `portal-cluster-${crypto.randomBytes(4).toString('hex')}:`,
    RESEND_API_KEY: 're_cluster_test',
    RESEND_BASE_URL: standIn.url,
    PORTAL_DEMO: 'true',
    PORTAL_E2E_USERS: 'true',
    NODE_ENV: 'production',
    WORKER_LEASE_SECONDS: '4',
    WORKER_POLL_MS: '300',
  }
  const [portA, portB] = [await freePort(), await freePort()]
  // The first instance applies the migrations and seeds; the others start on the migrated database.
  instances.push(await startInstance(portA))
  instances.push(await startInstance(portB))
  workers.push(await startWorker())
  nginx = await startNginx(nginxPath, [portA, portB], '/api/health', nginxPort)

  const login = await api(nginx.url, '/api/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'editor@example.org', password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`The demo editor could not sign in: ${JSON.stringify(login.body)}`)
  editorToken = String(login.body.token)

  // The test's own view of the database, for preparing data no screen makes in bulk (2,000 subscribers).
  Object.assign(process.env, {
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET,
    PAYLOAD_MIGRATING: 'true',
    PORTAL_AUTOSEED: 'false',
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-test-')),
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  payload = await getPayload({ config })
}, 900_000)

afterAll(async () => {
  for (const proc of [...workers, ...instances]) killGroup(proc.child, 'SIGKILL')
  await nginx?.stop()
  if (payload) await closePayload(payload)
  await standIn?.close()
  if (databaseUri) await dropPostgresDatabase(databaseUri)
  for (const instance of instances) fs.rmSync(instance.dataDir, { recursive: true, force: true })
  if (uploadDir) fs.rmSync(uploadDir, { recursive: true, force: true })
})

test('an editor saves a page through instance A; through nginx and through instance B the page shows it within 5 s', async () => {
  const [a, b] = instances
  const found = await api(a.url, '/api/pages?where[slug][equals]=contacts&locale=fi&depth=0&limit=1')
  expect(found.status).toBe(200)
  const page = found.body.docs[0]
  const marker = `Klusteri ${crypto.randomBytes(4).toString('hex')}`
  const saved = await api(a.url, `/api/pages/${page.id}?locale=fi`, {
    method: 'PATCH',
    body: JSON.stringify({ summary: marker, _status: 'published' }),
  })
  expect(saved.status).toBe(200)
  const started = Date.now()
  for (const base of [nginx.url, b.url]) {
    await waitUntil(
      `the change through ${base}`,
      async () => (await (await fetch(`${base}/fi/contacts`)).text()).includes(marker),
      Math.max(1, 5000 - (Date.now() - started)),
    )
  }
  expect(Date.now() - started).toBeLessThan(5000)
})

test('through nginx, a page that is the same for everyone is kept for a second, and each answer has a fresh nonce of its own in its policy and its scripts; personal pages and signed-in visitors are never kept', async () => {
  const fromCache = new Set(['HIT', 'STALE', 'UPDATING'])
  const answers: { cache: string; nonce: string; scripts: string[]; html: string; cacheControl: string }[] = []
  for (let i = 0; i < 20 && !answers.some((a) => fromCache.has(a.cache)); i++) {
    const res = await fetch(`${nginx.url}/fi/library`)
    expect(res.status).toBe(200)
    const html = await res.text()
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).not.toContain(',')
    answers.push({
      cache: res.headers.get('x-cache-status') ?? '',
      nonce: /'nonce-([^']+)'/.exec(csp)?.[1] ?? '',
      scripts: html.match(/<script\b[^>]*>/g) ?? [],
      html,
      cacheControl: res.headers.get('cache-control') ?? '',
    })
  }
  // One answer came from nginx's copy…
  expect(answers.some((a) => fromCache.has(a.cache))).toBe(true)
  // …and every answer carries a nonce of its own, the same in its policy and in each of its scripts.
  expect(new Set(answers.map((a) => a.nonce)).size).toBe(answers.length)
  for (const answer of answers) {
    expect(answer.nonce).toMatch(/^[0-9a-f]{32}$/)
    expect(answer.scripts.length).toBeGreaterThan(0)
    for (const tag of answer.scripts) expect(tag).toContain(`nonce="${answer.nonce}"`)
    // The placeholder nginx had the copy made with never reaches a visitor: no other nonce is in the page.
    const nonces = new Set(answer.html.match(/nonce="[^"]*"/g))
    expect([...nonces]).toEqual([`nonce="${answer.nonce}"`])
    // What nginx keeps, browsers and other caches on the way do not.
    expect(answer.cacheControl).toContain('no-store')
  }
  // A personal page is never kept, nor a page for a signed-in editor.
  for (let i = 0; i < 3; i++) {
    const personal = await fetch(`${nginx.url}/fi/my-data`)
    expect(personal.headers.get('x-cache-status')).toBe('MISS')
    const signedIn = await fetch(`${nginx.url}/fi/library`, { headers: { cookie: `payload-token=${editorToken}` } })
    expect(signedIn.headers.get('x-cache-status')).toBe('BYPASS')
    for (const res of [personal, signedIn]) {
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1]
      expect(new Set((await res.text()).match(/nonce="[^"]*"/g))).toEqual(new Set([`nonce="${nonce}"`]))
    }
  }
})

test("in a browser, a page served from nginx's copy runs its scripts under its policy: nothing is blocked and the page comes alive", async () => {
  const answers = await loadAliveUnderPolicy(`${nginx.url}/fi/library`, 3)
  // Each load with a policy (and nonce) of its own.
  expect(new Set(answers.map((headers) => headers['content-security-policy'])).size).toBe(3)
})

test('a file instance A generated (the library documents, made at its first start) downloads from instance B and through nginx', async () => {
  const { docs } = await payload!.find({ collection: 'files', limit: 1, depth: 0, where: { url: { exists: true } } })
  expect(docs).toHaveLength(1)
  const url = new URL(String(docs[0].url), 'http://x').pathname
  for (const base of [instances[1].url, nginx.url]) {
    const res = await fetch(base + url)
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length') ?? (await res.arrayBuffer()).byteLength)).toBeGreaterThan(1000)
  }
  // It is in the one folder every instance shares (UPLOAD_DIR), not in an instance's own data folder.
  expect(fs.readdirSync(path.join(uploadDir, 'files'))).toContain(String(docs[0].filename))
})

test('a board event: groups answer through both instances, and the tally is the same on either', async () => {
  const [a, b] = instances
  const { docs } = await payload!.find({ collection: 'decision-events', limit: 1, depth: 0 })
  const event = docs[0]
  // The coordinator opens the event for the day.
  await payload!.update({ collection: 'decision-events', id: event.id, data: { status: 'open' }, depth: 0 })
  const token = String(event.boardToken)
  const board = await api(nginx.url, `/api/event-board/${token}?lang=fi`)
  expect(board.status).toBe(200)
  const groups: string[] = board.body.groups
  const cards: { id: string }[] = board.body.cards
  expect(groups.length).toBeGreaterThan(1)
  expect(cards.length).toBeGreaterThan(1)
  // Every group answers every card, the groups' phones landing on alternate instances, all at once.
  const answers = groups.flatMap((group, g) =>
    cards.map((card, c) => ({ group, card: card.id, verdict: (g + c) % 3 === 0 ? 'less' : 'more', via: (g + c) % 2 })),
  )
  const results = await Promise.all(
    answers.map(({ via, ...answer }) =>
      api(instances[via].url, `/api/event-board/${token}/verdicts?lang=fi`, {
        method: 'POST',
        body: JSON.stringify(answer),
      }),
    ),
  )
  expect(results.map((r) => r.status)).toEqual(answers.map(() => 201))
  const [onA, onB] = await Promise.all([a, b].map((i) => api(i.url, `/api/event-board/${token}/tally?lang=fi`)))
  expect(onA.status).toBe(200)
  expect(onB.body).toEqual(onA.body)
  const counted = (onA.body.cards as { id: string; more: number; less: number }[]).map((c) => [c.id, c.more, c.less])
  const expected = cards.map((card) => [
    card.id,
    answers.filter((x) => x.card === card.id && x.verdict === 'more').length,
    answers.filter((x) => x.card === card.id && x.verdict === 'less').length,
  ])
  expect(counted).toEqual(expect.arrayContaining(expected))
})

test('a newsletter to 2,000 subscribers: its worker is killed (SIGKILL) mid-send, a second worker finishes, and everyone gets exactly one copy', async () => {
  const audience = 2000
  const emails = Array.from({ length: audience }, (_, i) => `klusteri${i}@example.fi`)
  for (let i = 0; i < emails.length; i += 20) {
    await Promise.all(
      emails.slice(i, i + 20).map((email) =>
        payload!.create({
          collection: 'subscribers',
          data: { email, language: 'fi', status: 'confirmed', regions: ['uusimaa'] as never },
          depth: 0,
        }),
      ),
    )
  }
  const subject = `Klusterikirje ${crypto.randomBytes(3).toString('hex')}`
  const newsletter = await payload!.create({
    collection: 'newsletters',
    locale: 'fi',
    data: {
      subject,
      kind: 'newsletter',
      audienceLanguages: ['fi'],
      body: richText(subject),
    } as never,
  })
  // (The demo's own subscribers get it too; only the 2,000 are counted.)
  const ours = new Set(emails)
  const mine = () => standIn.delivered.filter((m) => m.subject === subject && ours.has(m.to[0]))

  // A slow provider, so that the send is still under way when its worker dies.
  standIn.answerAfter(300)
  const sent = await api(nginx.url, `/api/email/newsletters/${newsletter.id}/send`, { method: 'POST', body: '{}' })
  expect(sent.status).toBe(202)
  await waitUntil('the first batches', async () => mine().length >= 400, 120_000, workers[0].output)
  killGroup(workers[0].child, 'SIGKILL')
  await workers[0].exited
  const whenKilled = mine().length
  expect(whenKilled).toBeLessThan(audience)

  standIn.answerAfter(0)
  workers.push(await startWorker())
  await waitUntil(
    'the newsletter sent',
    async () => (await payload!.findByID({ collection: 'newsletters', id: newsletter.id, depth: 0 })).status === 'sent',
    180_000,
    workers[1].output,
  )
  const copies = new Map<string, number>()
  for (const mail of mine()) copies.set(mail.to[0], (copies.get(mail.to[0]) ?? 0) + 1)
  expect(copies.size).toBe(audience)
  expect([...copies.values()].every((n) => n === 1)).toBe(true)
  expect([...copies.keys()].sort()).toEqual([...emails].sort())
})

test('30 s of load through nginx while instance B is stopped and started again: not one request fails', async () => {
  const b = instances[1]
  const load = autocannon({
    url: nginx.url,
    connections: 6,
    duration: 30,
    timeout: 20,
    requests: [{ path: '/fi' }, { path: '/fi/contacts' }, { path: '/fi/library' }, { path: '/api/health' }],
  })
  const restart = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 5000))
    killGroup(b.child, 'SIGKILL')
    await b.exited
    await new Promise((resolve) => setTimeout(resolve, 3000))
    instances[1] = await startInstance(b.port)
  })()
  const result = await load
  await restart
  expect(result.requests.total).toBeGreaterThan(0)
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
    errors: 0,
    timeouts: 0,
    non2xx: 0,
  })
  // The restarted instance serves again.
  expect((await fetch(`${instances[1].url}/fi/contacts`)).status).toBe(200)
  console.log(
    `Cluster load: ${result.requests.total} requests in 30 s through nginx (${result.requests.average}/s), instance B killed and restarted, 0 failed.`,
  )
})

test('sign-in failures count across instances: after five on one account, spread over A and B, both answer 429', async () => {
  const [a, b] = instances
  const attempt = (instance: Instance) =>
    fetch(`${instance.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fi' },
      body: JSON.stringify({ email: 'coordinator@example.org', password: 'väärä-salasana-123' }),
    })
  for (let i = 0; i < 5; i++) expect((await attempt(i % 2 ? b : a)).status).toBe(401)
  for (const instance of [a, b]) {
    const refused = await attempt(instance)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBeTruthy()
  }
})

test('on SIGTERM instance A finishes the requests in flight, then exits; nginx sends the next ones to B', async () => {
  const a = instances[0]
  const inFlight = Array.from({ length: 8 }, (_, i) =>
    fetch(`${a.url}${i % 2 ? '/fi/library' : '/fi/contacts'}`).then(async (res) => [
      res.status,
      (await res.text()).length,
    ]),
  )
  await new Promise((resolve) => setTimeout(resolve, 100))
  killGroup(a.child, 'SIGTERM')
  const answered = await Promise.all(inFlight)
  expect(answered.map(([status]) => status)).toEqual(answered.map(() => 200))
  expect(answered.every(([, length]) => length > 1000)).toBe(true)
  // `npm start` leaves at once; the server behind it closes once its requests are answered.
  await waitUntil(
    'instance A closed',
    () =>
      fetch(`${a.url}/api/health`).then(
        () => false,
        () => true,
      ),
    30_000,
    a.output,
  )
  expect((await fetch(`${nginx.url}/fi/contacts`)).status).toBe(200)
})
