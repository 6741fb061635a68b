#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in turn. Each prints its own
// measurements as ratios to a baseline measured in the same run; nothing is
// built here (the portal bench needs `npm run build` first).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const dir = import.meta.dirname
const only = process.argv[2]
const benches = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.startsWith(only)))
  .sort()
let failed = 0
for (const file of benches) {
  console.log(`\n=== ${file} ===`)
  // No stdin: a benchmark that waits on a prompt (drizzle's schema push asks on a terminal) would hang the run.
  const result = spawnSync(process.execPath, [path.join(dir, file)], { stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) failed++
}
if (!benches.length) console.log('No benchmarks found.')
process.exit(failed ? 1 : 0)
