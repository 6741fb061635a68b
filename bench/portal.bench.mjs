#!/usr/bin/env node
// The portal's speed as ratios measured in one run (issue 13), on a noisy machine:
//  - each page straight from Next.js against /bench-baseline, a bare Next.js page that renders a small
//    React component on the same server (target ≥ 0.8×; the baseline is measured before and after the
//    pages and the ratio uses the mean of the two), loaded as a browser loads it, with the instance
//    keeping its own one-second copies (KEEP_SHARED_PAGES=true); and, for information, rendered for
//    each request (as a client-side navigation's payload is);
//  - each page through the shipped caching proxy (bench/nginx/portal.conf) against the same nginx
//    serving that page's saved HTML as a static file (target ≥ 0.5×);
//  - each page's size: the HTML of a first load and the RSC payload of a client-side navigation
//    (`RSC: 1`, as Next.js's router asks), with the library page's HTML under 40 KB as a target;
//  - the same on PostgreSQL with two web instances (PORTAL_ROLE=web) behind nginx, when PostgreSQL
//    answers (BENCH_POSTGRES_URI, default the local server) and nginx is installed.
// A miss is printed, not failed: the process fails only when the bench could not measure.
// Builds nothing: it runs `next start` on an existing production build (NEXT_DIST_DIR or .next) with a
// seeded temporary database; or, with BENCH_URL=http://host:port, measures a portal that is already
// running (started with PORTAL_BENCH=1, which alone serves /bench-baseline) and skips the PostgreSQL round.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { findNginx, startNginx } from './nginx/startNginx.mjs'
import { createPostgresDatabase, dropPostgresDatabase } from './postgres.mjs'
import { freePort, waitFor } from './server.mjs'

const root = path.resolve(import.meta.dirname, '..')
const distDir = process.env.NEXT_DIST_DIR || '.next'
const seconds = Number(process.env.BENCH_SECONDS || 6)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const postgresBase = process.env.BENCH_POSTGRES_URI || 'postgres://127.0.0.1:5432/postgres'
const targets = { direct: 0.8, nginx: 0.5, libraryHtml: 40 * 1024 }

const external = process.env.BENCH_URL?.replace(/\/$/, '')
if (!external && !fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
  console.log(`No production build in ${distDir}/: run \`npm run build\` first (the bench builds nothing).`)
  process.exit(1)
}

const pages = [
  { key: 'home', name: 'home', path: '/fi' },
  { key: 'library', name: 'material library', path: '/fi/library' },
  { key: 'municipality', name: 'municipality page', path: '/fi/municipalities/helsinki' },
]
const baselinePath = '/bench-baseline'

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const mark = (ok) => (ok ? 'PASS' : 'MISS')

// A browser loading a page asks for HTML; Next.js's router, fetching a navigation's payload, for */*.
const asBrowser = { accept: 'text/html,application/xhtml+xml' }
const asRouter = { accept: '*/*' }

function load(url, headers = asBrowser) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (err, result) => (err ? reject(err) : resolve(result)))
  })
}

async function loadReported(url, headers) {
  const result = await load(url, headers)
  if (result.non2xx) console.log(`  ${url}: ${result.non2xx} responses were not 2xx`)
  if (result.errors) console.log(`  ${url}: ${result.errors} requests failed`)
  return result
}

async function fetchOk(url, init) {
  const res = await fetch(url, init)
  const body = await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`)
  return { res, body }
}

/** Each page's HTML (a first load) and RSC payload (a client-side navigation), in bytes as served. */
async function measureSizes(base) {
  const sizes = {}
  for (const page of pages) {
    const html = await fetchOk(base + page.path, { headers: { accept: 'text/html' } })
    // Next.js answers a navigation without its cache-busting `_rsc` parameter with a redirect to it; fetch follows.
    const rsc = await fetchOk(base + page.path, { headers: { RSC: '1' } })
    const isRsc = (rsc.res.headers.get('content-type') ?? '').includes('text/x-component')
    sizes[page.key] = { html: html.body.byteLength, rsc: isRsc ? rsc.body.byteLength : NaN, htmlBody: html.body }
  }
  return sizes
}

/**
 * Each page against /bench-baseline on the same server, loaded as a browser loads it (answered from
 * the instance's one-second copy, KEEP_SHARED_PAGES); returns ratio per page key. For information,
 * each page also rendered for every request, as a client-side navigation's request is.
 */
async function measureDirect(label, base) {
  for (const p of [baselinePath, ...pages.map((page) => page.path)]) await fetchOk(base + p) // first renders apart
  const before = await loadReported(base + baselinePath)
  const results = []
  for (const page of pages) results.push(await loadReported(base + page.path))
  const rendered = []
  for (const page of pages) rendered.push(await loadReported(base + page.path, asRouter))
  const after = await loadReported(base + baselinePath)
  const baseline = (before.requests.average + after.requests.average) / 2
  console.log(`\n${label}: each page against ${baselinePath} (${connections} connections, ${seconds} s each)`)
  console.log(
    'page'.padEnd(44),
    'req/s'.padStart(9),
    'p99 ms'.padStart(8),
    'ratio'.padStart(7),
    '   rendered each time: req/s, ratio',
  )
  console.log(
    `baseline ${baselinePath} (before, after)`.padEnd(44),
    `${before.requests.average.toFixed(0)},${after.requests.average.toFixed(0)}`.padStart(9),
    `${before.latency.p99},${after.latency.p99}`.padStart(8),
    '1.00'.padStart(7),
  )
  const ratios = {}
  pages.forEach((page, i) => {
    ratios[page.key] = results[i].requests.average / baseline
    console.log(
      `${page.name} ${page.path}`.padEnd(44),
      results[i].requests.average.toFixed(0).padStart(9),
      String(results[i].latency.p99).padStart(8),
      ratios[page.key].toFixed(2).padStart(7),
      ` ${mark(ratios[page.key] >= targets.direct)} (≥ ${targets.direct})`,
      `  ${rendered[i].requests.average.toFixed(0).padStart(6)}, ${(rendered[i].requests.average / baseline).toFixed(2)}`,
    )
  })
  return ratios
}

/** Each page through the caching proxy against the same nginx answering its saved HTML as a file. */
async function measureThroughNginx(label, proxyUrl, staticUrl) {
  for (const page of pages) {
    await fetchOk(proxyUrl + page.path)
    await fetchOk(`${staticUrl}/${page.key}.html`)
  }
  console.log(`\n${label}: each page through nginx against nginx serving its HTML as a static file`)
  console.log(
    'page'.padEnd(44),
    'static/s'.padStart(9),
    'proxy/s'.padStart(9),
    'p99 ms'.padStart(8),
    'cache'.padStart(7),
    'ratio'.padStart(7),
  )
  const ratios = {}
  for (const page of pages) {
    const staticRun = await loadReported(`${staticUrl}/${page.key}.html`)
    const proxied = await loadReported(proxyUrl + page.path)
    const cache = (await fetch(proxyUrl + page.path).then((r) => r.headers.get('x-cache-status'))) ?? '-'
    ratios[page.key] = proxied.requests.average / staticRun.requests.average
    console.log(
      `${page.name} ${page.path}`.padEnd(44),
      staticRun.requests.average.toFixed(0).padStart(9),
      proxied.requests.average.toFixed(0).padStart(9),
      String(proxied.latency.p99).padStart(8),
      cache.padStart(7),
      ratios[page.key].toFixed(2).padStart(7),
      ` ${mark(ratios[page.key] >= targets.nginx)} (≥ ${targets.nginx})`,
    )
  }
  return ratios
}

function printSizes(label, sizes) {
  console.log(`\n${label}: sizes as served (uncompressed)`)
  console.log('page'.padEnd(44), 'HTML'.padStart(10), 'RSC'.padStart(10))
  for (const page of pages) {
    const { html, rsc } = sizes[page.key]
    const target =
      page.key === 'library' ? ` ${mark(html < targets.libraryHtml)} (HTML < ${kb(targets.libraryHtml)})` : ''
    console.log(`${page.name} ${page.path}`.padEnd(44), kb(html).padStart(10), kb(rsc).padStart(10), target)
  }
}

/** A folder of each page's HTML and an nginx server block answering it as static files on `port`. */
function staticSite(sizes, port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-static-'))
  fs.chmodSync(dir, 0o755) // nginx's workers run unprivileged when it is started as root
  for (const page of pages) {
    const file = path.join(dir, `${page.key}.html`)
    fs.writeFileSync(file, Buffer.from(sizes[page.key].htmlBody))
    fs.chmodSync(file, 0o644)
  }
  const server = `  server {\n    listen 127.0.0.1:${port};\n    root ${dir};\n    default_type text/html;\n  }\n`
  return { dir, server }
}

/** `next start` on the build in its own process group, its output kept for a failure's message. */
function startPortal(port, env) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '',
        NEXT_DIST_DIR: distDir,
        DATABASE_URI: '',
        PORTAL_DEMO: 'true',
        PORTAL_BENCH: '1',
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    const signal = (sig) => {
      try {
        process.kill(-child.pid, sig)
      } catch {
        // already gone
      }
    }
    signal('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    signal('SIGKILL')
  }
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, stop }
}

/** Waits until the seeding instance has made the library's files, so that nothing else runs while measuring. */
async function waitForSeed(instance, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (/Material library: \d+ files generated|Generating the material library failed/.test(instance.output())) return
    if (instance.child.exitCode !== null) throw new Error(`the server exited:\n${instance.output().slice(-2000)}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  console.log('  (the library files were not reported as generated; measuring anyway)')
}

async function withStaticNginx(nginxPath, appPorts, sizes, port, work) {
  const staticPort = await freePort()
  const site = staticSite(sizes, staticPort)
  let nginx = null
  try {
    nginx = await startNginx(nginxPath, appPorts, baselinePath, port, site.server)
    return await work(nginx.url, `http://127.0.0.1:${staticPort}`)
  } finally {
    await nginx?.stop()
    fs.rmSync(site.dir, { recursive: true, force: true })
  }
}

/** One portal on a seeded temporary SQLite database (or BENCH_URL), directly and through nginx. */
async function sqliteRound(nginxPath) {
  const dataDir = external ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
  const port = external ? 0 : await freePort()
  const app = external
    ? null
    : startPortal(port, {
        DATA_DIR: dataDir,
        PAYLOAD_SECRET: 'bench-' + crypto.randomBytes(12).toString('hex'),
        SERVER_URL: `http://127.0.0.1:${port}`,
        // As behind the shipped nginx (README): which lets nginx keep the pages that are the same for everyone.
        TRUSTED_PROXIES: '127.0.0.1',
        // As the README tells a site without a caching proxy: the instance keeps them itself.
        KEEP_SHARED_PAGES: 'true',
      })
  try {
    const base = external ?? app.url
    const label = external ? `${external}` : 'SQLite, one instance'
    if (app) {
      console.log(`Starting the portal from ${distDir}/ on a seeded temporary SQLite database…`)
      await waitFor(`${base}/api/languages?limit=1`, app.child)
      await waitForSeed(app)
    }
    await waitFor(`${base}${pages.at(-1).path}`, app?.child)
    const sizes = await measureSizes(base)
    printSizes(label, sizes)
    const direct = await measureDirect(label, base)
    let nginx = null
    if (!nginxPath)
      console.log('\nnginx is not installed (e.g. `apt-get install -y nginx`): skipped the measurement through nginx.')
    else if (external) console.log('\nWith BENCH_URL the portal is measured directly only.')
    else
      nginx = await withStaticNginx(nginxPath, [port], sizes, 0, (proxyUrl, staticUrl) =>
        measureThroughNginx(`${label}, through nginx (bench/nginx/portal.conf)`, proxyUrl, staticUrl),
      )
    return { label, sizes, direct: [direct], nginx }
  } finally {
    await app?.stop()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Two web instances on one new PostgreSQL database behind nginx: each directly, and through nginx. */
async function postgresRound(nginxPath) {
  const skip = (why) => console.log(`\nSkipped the PostgreSQL round (two instances behind nginx): ${why}`)
  if (external) return skip('BENCH_URL measures a running portal only.')
  if (!nginxPath) return skip('nginx is not installed (e.g. `apt-get install -y nginx`).')
  let databaseUri
  try {
    databaseUri = await createPostgresDatabase(postgresBase)
  } catch (error) {
    return skip(`PostgreSQL does not answer at ${postgresBase} (${error.message}); set BENCH_POSTGRES_URI.`)
  }
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-uploads-'))
  const dataDirs = []
  const instances = []
  try {
    const nginxPort = await freePort()
    const env = {
      DATABASE_URI: databaseUri,
      PORTAL_ROLE: 'web',
      PAYLOAD_SECRET: 'bench-' + crypto.randomBytes(12).toString('hex'),
      SERVER_URL: `http://127.0.0.1:${nginxPort}`,
      UPLOAD_DIR: uploadDir,
      TRUSTED_PROXIES: '127.0.0.1',
      // Each instance keeps its own copies for those who reach it directly; nginx's requests bypass them.
      KEEP_SHARED_PAGES: 'true',
    }
    console.log(`\nStarting two web instances on PostgreSQL (${new URL(databaseUri).pathname.slice(1)})…`)
    // The first applies the migrations and seeds; the second starts on the migrated database (the README's order).
    for (const name of ['A', 'B']) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-pg-'))
      dataDirs.push(dataDir)
      const instance = { name, ...startPortal(await freePort(), { ...env, DATA_DIR: dataDir }) }
      instances.push(instance)
      await waitFor(`${instance.url}/api/ready`, instance.child, 300_000)
      if (name === 'A') await waitForSeed(instance)
      await waitFor(`${instance.url}${pages.at(-1).path}`, instance.child)
    }
    const label = 'PostgreSQL, two web instances'
    const sizes = await measureSizes(instances[0].url)
    printSizes(label, sizes)
    const direct = []
    for (const instance of instances)
      direct.push(await measureDirect(`PostgreSQL, instance ${instance.name}`, instance.url))
    const ports = instances.map((i) => Number(new URL(i.url).port))
    const nginx = await withStaticNginx(nginxPath, ports, sizes, nginxPort, (proxyUrl, staticUrl) =>
      measureThroughNginx(`${label} through nginx`, proxyUrl, staticUrl),
    )
    return { label, sizes, direct, nginx }
  } catch (error) {
    for (const i of instances) if (i.child.exitCode !== null) console.error(i.output().slice(-2000))
    throw error
  } finally {
    for (const instance of instances) await instance.stop()
    for (const dir of [uploadDir, ...dataDirs]) fs.rmSync(dir, { recursive: true, force: true })
    await dropPostgresDatabase(databaseUri).catch((error) =>
      console.error(`Could not drop ${databaseUri}: ${error.message}`),
    )
  }
}

function printSummary(rounds) {
  console.log(
    `\nSummary: direct = page / ${baselinePath} on the same instance (target ≥ ${targets.direct});` +
      ` nginx = through the proxy / nginx static (target ≥ ${targets.nginx}); library HTML < ${kb(targets.libraryHtml)}`,
  )
  console.log(
    'round'.padEnd(32),
    'page'.padEnd(18),
    'HTML'.padStart(14),
    'RSC'.padStart(9),
    '  direct'.padEnd(22),
    '  nginx',
  )
  for (const round of rounds) {
    for (const page of pages) {
      const { html, rsc } = round.sizes[page.key]
      const direct = round.direct.map((d) => d[page.key])
      const directText = `${direct.map((r) => r.toFixed(2)).join(' / ')} ${mark(Math.min(...direct) >= targets.direct)}`
      const nginx = round.nginx?.[page.key]
      const nginxText = nginx === undefined ? 'not measured' : `${nginx.toFixed(2)} ${mark(nginx >= targets.nginx)}`
      const htmlText = `${kb(html)}${page.key === 'library' ? ` ${mark(html < targets.libraryHtml)}` : ''}`
      console.log(
        round.label.padEnd(32),
        page.name.padEnd(18),
        htmlText.padStart(14),
        kb(rsc).padStart(9),
        `  ${directText}`.padEnd(22),
        ` ${nginxText}`,
      )
    }
  }
}

const started = Date.now()
let failed = false
const rounds = []
try {
  const nginxPath = findNginx()
  rounds.push(await sqliteRound(nginxPath))
  const postgres = await postgresRound(nginxPath)
  if (postgres) rounds.push(postgres)
  printSummary(rounds)
} catch (error) {
  failed = true
  console.error(`The portal bench failed: ${error.stack ?? error.message}`)
}
console.log(`\nThe portal bench took ${Math.round((Date.now() - started) / 1000)} s.`)
process.exit(failed ? 1 : 0)
