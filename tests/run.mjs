#!/usr/bin/env node
// `npm test`: the whole suite. Integration tests on a real Payload (on SQLite,
// then again on PostgreSQL), then the production build and the tests that
// start it, then the browser tests in Chromium. Prints one closing line with
// the totals.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const requireBrowser = process.env.REQUIRE_BROWSER === '1'
const only = process.argv[2] // lint | types | int | int:sqlite | int:postgres | start | cluster | e2e
// The server the PostgreSQL run creates its databases on (one per test file, dropped afterwards).
const postgresUri = process.env.TEST_POSTGRES_URI || 'postgres://127.0.0.1:5432/postgres'
// What the PostgreSQL round runs: every file of tests/int (about 14 minutes here), or with TEST_POSTGRES_SUITE=core
// the core (the access matrix, the workflow, e-mail sending and resume, migrations, health and readiness, backup
// and restore through pg_dump; about 5 minutes).
const postgresFiles =
  process.env.TEST_POSTGRES_SUITE !== 'core'
    ? []
    : [
        'tests/int/access',
        'tests/int/projects',
        'tests/int/email',
        'tests/int/collections/toolkit.test.ts',
        'tests/int/migrations.test.ts',
        'tests/int/http/health.test.ts',
        'tests/int/backup.test.ts',
      ]

const totals = { passed: 0, failed: 0, skipped: 0 }
let failedSteps = []

function jest(name, args, env = {}) {
  const out = path.join(os.tmpdir(), `portal-jest-${name}-${process.pid}.json`)
  console.log(`\n=== ${name} tests ===`)
  const result = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings',
      path.join(root, 'node_modules/jest/bin/jest.js'),
      '--runInBand',
      '--forceExit',
      '--json',
      `--outputFile=${out}`,
      ...args,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', ...env } },
  )
  if (fs.existsSync(out)) {
    const summary = JSON.parse(fs.readFileSync(out, 'utf8'))
    totals.passed += summary.numPassedTests
    totals.failed += summary.numFailedTests + (summary.numRuntimeErrorTestSuites ?? 0)
    totals.skipped += summary.numPendingTests + summary.numTodoTests
    fs.rmSync(out)
  } else {
    totals.failed += 1
  }
  if (result.status !== 0) failedSteps.push(name)
}

function build() {
  if (
    process.env.SKIP_BUILD === '1' &&
    fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))
  ) {
    console.log('\n=== production build: reusing .next (SKIP_BUILD=1) ===')
    return true
  }
  console.log('\n=== production build ===')
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    failedSteps.push('build')
    totals.failed += 1
    return false
  }
  return true
}

if (!only || only === 'lint') {
  // Layout first (Prettier), then the rules that catch mistakes (ESLint), so a failure says which it is.
  console.log('\n=== format and lint ===')
  for (const [name, args] of [
    ['format', [path.join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.']],
    ['lint', [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--max-warnings=0', '.']],
  ]) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
    if (result.status !== 0) {
      failedSteps.push(name)
      totals.failed += 1
    }
  }
}
if (!only || only === 'types') {
  // The build skips type checking so that it stays fast; the whole tree, tests included, is checked here.
  console.log('\n=== type check ===')
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (tsc.status !== 0) {
    failedSteps.push('type check')
    totals.failed += 1
  }
}
if (!only || only === 'int' || only === 'int:sqlite') {
  // The default database, or whatever TEST_DATABASE_URI/DATABASE_URI names (e.g. MongoDB).
  jest('integration', ['-c', 'jest.config.mjs'])
}
if (!only || only === 'int' || only === 'int:postgres') {
  if (process.env.SKIP_POSTGRES === '1') {
    console.log('\nSkipped the integration tests on PostgreSQL (SKIP_POSTGRES=1).')
  } else {
    // Each file's fresh database gets its schema pushed through drizzle-kit, which takes longer on a server than on a
    // file: the hooks that start Payload get more time.
    jest('integration on PostgreSQL', ['-c', 'jest.config.mjs', '--testTimeout=300000', ...postgresFiles], {
      TEST_DATABASE_URI: postgresUri,
    })
  }
}
if (!only || only === 'start' || only === 'cluster' || only === 'e2e') {
  if (build()) {
    if (!only || only === 'start') jest('production start', ['-c', 'jest.start.config.mjs'])
    // Two web instances, a worker and nginx on PostgreSQL and Redis (tests/cluster); it needs the database server.
    if (!only || only === 'cluster') {
      if (process.env.SKIP_POSTGRES === '1') console.log('\nSkipped the cluster test (SKIP_POSTGRES=1).')
      else jest('cluster', ['-c', 'jest.cluster.config.mjs'], { TEST_POSTGRES_URI: postgresUri })
    }
    if (!only || only === 'e2e') {
      if (fs.existsSync(chromium)) {
        jest('browser', ['-c', 'jest.e2e.config.mjs'])
      } else if (requireBrowser) {
        console.error(
          `\nNo Chromium at ${chromium}: the browser tests cannot run (install it with: apt-get install -y chromium).`,
        )
        failedSteps.push('browser (no Chromium)')
        totals.failed += 1
      } else {
        console.log(
          `\nSkipped the browser tests: no Chromium at ${chromium} (install it with: apt-get install -y chromium).`,
        )
      }
    }
  }
}

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`)
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failedSteps.length ? 1 : 0)
