import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type WorkerProcess = {
  child: ChildProcess
  output: () => string
  /** The ids of the jobs this worker says it ran. */
  ranJobs: () => string[]
  exited: Promise<number | null>
}

/**
 * Starts `npm run worker`'s program (src/jobs/worker.ts) as its own process on
 * the test's database and Resend stand-in (inherited through the environment)
 * and resolves once it says it started.
 */
export async function startWorkerProcess(
  env: Record<string, string> = {},
  readyWithinMs = 120_000,
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/jobs/worker.ts')], {
    cwd: root,
    // jest's --experimental-vm-modules is not for this process; the schema already exists, so no dev push either.
    env: { ...process.env, NODE_OPTIONS: '', PAYLOAD_MIGRATING: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const deadline = Date.now() + readyWithinMs
  while (!out.includes(`Job worker ${child.pid} started`)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`The worker did not start:\n${out.slice(-4000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    child,
    output: () => out,
    ranJobs: () => [...out.matchAll(new RegExp(`Job worker ${child.pid} ran job ([\\w-]+)`, 'g'))].map((m) => m[1]),
    exited,
  }
}
