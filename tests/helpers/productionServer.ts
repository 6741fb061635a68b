import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { DEMO_PASSWORD } from '../../src/seed/demo/seedDemoUsers'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

export type RunningServer = {
  url: string
  dataDir: string
  process: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

export type ServerOptions = {
  env?: Record<string, string | undefined>
  /** Wait for this path to answer 200 before resolving. */
  readyPath?: string
  timeoutMs?: number
}

export function hasProductionBuild(): boolean {
  return fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/**
 * Starts the existing production build the way an operator does, with
 * `npm start` (the settings check, then `next start`), in its own process group
 * so that stopping it stops Next.js too.
 */
export function spawnProductionServer(port: number, dataDir: string, env: Record<string, string | undefined> = {}) {
  // The server is not a jest worker: it must behave as in production (exit on bad settings).
  const { JEST_WORKER_ID: _worker, ...parentEnv } = process.env
  const child = spawn('npm', ['start', '--silent', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    detached: true,
    env: {
      ...parentEnv,
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      DATA_DIR: dataDir,
      DATABASE_URI: '',
      PAYLOAD_SECRET: 'e2e-' + crypto.randomBytes(12).toString('hex'),
      SERVER_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  return { child, output: () => output }
}

export async function startProductionServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!hasProductionBuild()) throw new Error('No production build: run `npm run build` first.')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-server-'))
  const port = await freePort()
  const { child, output } = spawnProductionServer(port, dataDir, options.env)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + (options.timeoutMs ?? 240_000)
  let exited = false
  child.on('exit', () => (exited = true))
  for (;;) {
    if (exited) throw new Error(`The server exited before it was ready:\n${output()}`)
    if (Date.now() > deadline) {
      killGroup(child, 'SIGKILL')
      throw new Error(`The server was not ready in time:\n${output()}`)
    }
    try {
      const res = await fetch(url + (options.readyPath ?? '/api/languages?limit=1'))
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    dataDir,
    process: child,
    output,
    stop: async () => {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r))
        killGroup(child, 'SIGTERM')
        await Promise.race([done, new Promise((r) => setTimeout(r, 5000))])
        if (!exited) killGroup(child, 'SIGKILL')
      }
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/**
 * The headers of a demo user's REST calls on a running server started with PORTAL_E2E_USERS=true
 * (editor@example.org and the others of the README, with the demo password).
 */
export async function signInAsDemoUser(baseUrl: string, email: string): Promise<Record<string, string>> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`${email} could not sign in: ${login.status} ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  return { authorization: `JWT ${token}`, 'content-type': 'application/json' }
}
