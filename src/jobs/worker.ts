/**
 * `npm run worker`: a process that runs the portal's background jobs
 * (newsletters, reminders, the library's regeneration, retention) and serves
 * nothing. Start web instances with PORTAL_ROLE=web and one or more of these.
 * On SIGTERM it takes no new job, lets the running one finish within
 * WORKER_GRACE_SECONDS (default 25) and exits; a job still running then is
 * resumed by another worker once its lease lapses (see jobLease).
 */
export {}

process.env.PORTAL_ROLE = 'worker'
// Before Payload loads: a worker never pushes a development schema into a production database.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || 'production' })

const { readSettingsOrExit } = await import('../config/readSettings')
readSettingsOrExit()

const [{ getPayload }, { default: config }, { runWorker }] = await Promise.all([
  import('payload'),
  import('../../payload.config'),
  import('./runWorker'),
])

const payload = await getPayload({ config })
const worker = runWorker(payload)
payload.logger.info(`Job worker ${process.pid} started.`)

const graceMs = Math.max(0, Number(process.env.WORKER_GRACE_SECONDS ?? 25)) * 1000
let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    payload.logger.info(`Job worker ${process.pid}: ${signal}, finishing the running job.`)
    void worker.stop(graceMs).then(() => process.exit(0))
  })
}
await worker.done
