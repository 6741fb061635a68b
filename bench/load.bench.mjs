#!/usr/bin/env node
// A load test: 50 clients for 30 s on a mix of public pages, REST reads and board answers
// (an open decision-maker event's small groups answering "more/less" for its cards), against
// the production build on a seeded temporary database, or BENCH_URL. Prints requests/s,
// p50/p99 latency and the count of errors, 5xx apart. Target: 0 errors, 0 5xx.
// BENCH_LOAD_CONNECTIONS and BENCH_LOAD_SECONDS change the size.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { freePort, waitFor } from './server.mjs'

const root = path.resolve(import.meta.dirname, '..')
const distDir = process.env.NEXT_DIST_DIR || '.next'
const connections = Number(process.env.BENCH_LOAD_CONNECTIONS || 50)
const seconds = Number(process.env.BENCH_LOAD_SECONDS || 30)
const external = process.env.BENCH_URL?.replace(/\/$/, '')
if (!external && !fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
  console.log(`No production build in ${distDir}/: run \`npm run build\` first (the bench builds nothing).`)
  process.exit(1)
}

/** Opens the demo event for small-group answers, as its coordinator would; null when it cannot. */
async function openBoard(base) {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@example.org', password: 'hyvat-suhteet-demo' }),
  })
  if (login.status !== 200) return (console.log(`  the coordinator's sign-in answered ${login.status}`), null)
  const { token } = await login.json()
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const events = await (await fetch(`${base}/api/decision-events?depth=0&limit=1`, { headers: auth })).json()
  const event = events.docs?.[0]
  if (!event) return (console.log('  the coordinator sees no event'), null)
  const groups = ['Ryhmä 1', 'Ryhmä 2', 'Ryhmä 3']
  const opened = await fetch(`${base}/api/decision-events/${event.id}?depth=0`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ status: 'open', smallGroups: groups.map((name) => ({ name })) }),
  })
  if (opened.status !== 200)
    return (console.log(`  opening the event answered ${opened.status}: ${await opened.text()}`), null)
  const { doc } = await opened.json()
  const answer = await fetch(`${base}/api/event-board/${doc.boardToken}`)
  const board = await answer.json()
  if (answer.status !== 200) console.log(`  the board answered ${answer.status}: ${JSON.stringify(board)}`)
  const cards = (board.cards ?? []).map((c) => String(c.id))
  return cards.length ? { token: doc.boardToken, cards, groups } : null
}

function requestsFor(board) {
  const reads = [
    { method: 'GET', path: '/fi' },
    { method: 'GET', path: '/sv' },
    { method: 'GET', path: '/fi/library' },
    { method: 'GET', path: '/fi/municipalities' },
    { method: 'GET', path: '/fi/municipalities/helsinki' },
    { method: 'GET', path: '/api/municipalities?limit=10&depth=0' },
    { method: 'GET', path: '/api/materials?limit=10&depth=1' },
    { method: 'GET', path: '/api/languages?limit=20' },
  ]
  if (!board) return reads
  const answers = []
  for (let i = 0; i < 4; i++) {
    answers.push({
      method: 'POST',
      path: `/api/event-board/${board.token}/verdicts`,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({
          card: board.cards[crypto.randomInt(board.cards.length)],
          group: board.groups[crypto.randomInt(board.groups.length)],
          verdict: crypto.randomInt(2) ? 'more' : 'less',
        }),
      }),
    })
  }
  return [...reads, ...answers]
}

const dataDir = external ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'portal-load-'))
const port = external ? null : await freePort()
const app = external
  ? null
  : spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          NODE_OPTIONS: '',
          NEXT_DIST_DIR: distDir,
          DATA_DIR: dataDir,
          DATABASE_URI: '',
          PAYLOAD_SECRET: 'bench-' + crypto.randomBytes(12).toString('hex'),
          SERVER_URL: `http://127.0.0.1:${port}`,
          PORTAL_DEMO: 'true',
          // The demo logins, as the browser tests have them: the coordinator opens the event's board.
          PORTAL_E2E_USERS: 'true',
          NEXT_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
let failed = false
try {
  const base = external ?? `http://127.0.0.1:${port}`
  if (!external) console.log(`Starting the portal from ${distDir}/ on a seeded temporary database…`)
  await waitFor(`${base}/api/languages?limit=1`, app)
  const board = await openBoard(base)
  if (!board) console.log('Could not open the demo event for answers: measuring pages and REST reads only.')
  const requests = requestsFor(board)
  // Each request once first, so the measurement is of serving, not of first renders.
  for (const r of requests.filter((x) => x.method === 'GET')) await (await fetch(base + r.path)).arrayBuffer()
  const statuses = {}
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon({ url: base, connections, duration: seconds, requests }, (err, res) =>
      err ? reject(err) : resolve(res),
    )
    instance.on('response', (_client, status) => (statuses[status] = (statuses[status] ?? 0) + 1))
  })
  const fiveXx = Object.entries(statuses)
    .filter(([s]) => Number(s) >= 500)
    .reduce((n, [, c]) => n + c, 0)
  const otherErrors = result.errors + (result.non2xx - fiveXx) // errors include the timeouts
  console.log(`\nLoad: ${connections} clients for ${seconds} s, ${requests.length} kinds of request`)
  console.log(`requests/s  ${result.requests.average.toFixed(0)}`)
  console.log(`latency     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`)
  console.log(`responses   ${JSON.stringify(statuses)}`)
  console.log(
    `errors      ${otherErrors} (${result.timeouts} timeouts, ${result.errors - result.timeouts} connection errors, ${result.non2xx - fiveXx} non-2xx other than 5xx)`,
  )
  console.log(`5xx         ${fiveXx}`)
  console.log('Target: 0 errors, 0 5xx.')
  if (otherErrors > 0 || fiveXx > 0) failed = true
} catch (error) {
  failed = true
  console.error(`The load bench failed: ${error.message}`)
} finally {
  if (app) {
    app.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 1000))
    if (app.exitCode === null) app.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
process.exit(failed ? 1 : 0)
