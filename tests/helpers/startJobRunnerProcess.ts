import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

/** Resolves with true once the child prints `line`, false if it exits or `ms` pass first. */
function waitForLine(child: ChildProcess, line: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    let out = ''
    const finish = (ok: boolean) => {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.off('exit', onExit)
      resolve(ok)
    }
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      if (out.split('\n').includes(line)) finish(true)
    }
    const onExit = () => finish(false)
    const timer = setTimeout(() => finish(false), ms)
    child.stdout?.on('data', onData)
    child.on('exit', onExit)
  })
}

/**
 * Runs the queued jobs in a separate Node process on the test's database and
 * Resend stand-in (inherited through the environment), so a test can SIGKILL
 * it mid-send. On Node 20, tsx's loader now and then leaves the import of the
 * config unsettled for good (payloadcms/payload#17757); a child that is not
 * ready in time is killed and started again, which is about start-up, not
 * about what the test checks.
 */
export async function startJobRunnerProcess(attempts = 3, readyWithinMs = 60_000): Promise<ChildProcess> {
  const errors: string[] = []
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/helpers/jobRunnerProcess.ts')], {
      cwd: root,
      // jest's --experimental-vm-modules is not for this process; the schema already exists, so no dev push either.
      env: { ...process.env, NODE_OPTIONS: '', PAYLOAD_MIGRATING: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    child.stdout?.resume()
    if (await waitForLine(child, 'ready', readyWithinMs)) return child
    child.kill('SIGKILL')
    errors.push(`attempt ${attempt}: exit ${child.exitCode ?? 'none'}\n${stderr}`)
  }
  throw new Error(`The job runner process never became ready:\n${errors.join('\n')}`)
}
