#!/usr/bin/env node
// The portal's speed as ratios to a bare baseline page of the same server,
// measured in one run: home, the material library and a municipality page
// against /bench-baseline, straight from Next.js and, when nginx is
// installed, through the caching proxy of bench/nginx/portal.conf.
// Builds nothing: it runs `next start` on an existing production build
// (NEXT_DIST_DIR or .next) with a seeded temporary data folder; or, with
// BENCH_URL=http://host:port, measures a portal that is already running
// (started with PORTAL_BENCH=1, which alone serves the /bench-baseline yardstick).
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { findNginx, startNginx } from './nginx/startNginx.mjs'
import { freePort, waitFor } from './server.mjs'

const root = path.resolve(import.meta.dirname, '..')
const distDir = process.env.NEXT_DIST_DIR || '.next'
const seconds = Number(process.env.BENCH_SECONDS || 6)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const target = 0.8

const external = process.env.BENCH_URL?.replace(/\/$/, '')
if (!external && !fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
  console.log(`No production build in ${distDir}/: run \`npm run build\` first (the bench builds nothing).`)
  process.exit(1)
}

function run(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds }, (err, result) => (err ? reject(err) : resolve(result)))
  })
}

const pages = [
  ['home', '/fi'],
  ['material library', '/fi/library'],
  ['municipality page', '/fi/municipalities/helsinki'],
]

async function measure(label, base) {
  // Each page once first, so the measurement is of serving it, not of its first render.
  for (const [, p] of [['baseline', '/bench-baseline'], ...pages]) {
    const res = await fetch(base + p)
    if (res.status !== 200) throw new Error(`${p} answered ${res.status}`)
    await res.arrayBuffer()
  }
  const baseline = await run(base + '/bench-baseline')
  const rows = [
    { page: 'baseline /bench-baseline', rps: baseline.requests.average, p99: baseline.latency.p99, ratio: 1 },
  ]
  for (const [name, p] of pages) {
    const r = await run(base + p)
    if (r.non2xx) console.log(`  ${p}: ${r.non2xx} responses were not 2xx`)
    rows.push({
      page: `${name} ${p}`,
      rps: r.requests.average,
      p99: r.latency.p99,
      ratio: r.requests.average / baseline.requests.average,
    })
  }
  console.log(`\n${label} (${connections} connections, ${seconds} s each)`)
  console.log('page'.padEnd(44), 'req/s'.padStart(9), 'p99 ms'.padStart(8), 'ratio'.padStart(7))
  for (const row of rows) {
    const mark = row.ratio >= target ? '' : `  below ${target}`
    console.log(
      row.page.padEnd(44),
      row.rps.toFixed(0).padStart(9),
      String(row.p99).padStart(8),
      row.ratio.toFixed(2).padStart(7) + mark,
    )
  }
  return rows
}

const dataDir = external ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
const port = external ? Number(new URL(external).port || 80) : await freePort()
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
          PORTAL_BENCH: '1',
          NEXT_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
let nginx = null
let failed = false
try {
  const base = external ?? `http://127.0.0.1:${port}`
  if (!external) console.log(`Starting the portal from ${distDir}/ on a seeded temporary database…`)
  await waitFor(`${base}/api/languages?limit=1`, app)
  await waitFor(`${base}/fi/municipalities/helsinki`, app)
  await measure('Next.js directly', base)
  const nginxPath = findNginx()
  if (!nginxPath) {
    console.log(
      '\nnginx is not installed (e.g. `apt-get install -y nginx`): skipped the measurement through the caching proxy.',
    )
  } else {
    nginx = await startNginx(nginxPath, [port], '/bench-baseline')
    await measure(`Through nginx (${path.relative(root, path.join(root, 'bench/nginx/portal.conf'))})`, nginx.url)
  }
  console.log(`\nTarget: every page at least ${target} × the baseline.`)
} catch (error) {
  failed = true
  console.error(`The portal bench failed: ${error.message}`)
} finally {
  await nginx?.stop()
  if (app) {
    app.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 1000))
    if (app.exitCode === null) app.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
process.exit(failed ? 1 : 0)
