/**
 * `npm run seed [-- --no-demo]`: loads the reference data and, unless
 * --no-demo, the demo project into the database DATABASE_URI points at.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { formatSummary } from './lib/context'
import { seed } from './seed'

// The config's onInit would otherwise seed an empty database on its own before this run, hiding what the run did.
process.env.PORTAL_AUTOSEED = 'false'

const demo = !process.argv.includes('--no-demo')

async function main(): Promise<number> {
  const payload = await getPayload({ config })
  try {
    const { summary, demoLogins } = await seed(payload, { demo })
    payload.logger.info(`Seed finished${demo ? ' (with demo)' : ''}:\n${formatSummary(summary)}`)
    if (demo && demoLogins.length === 0) {
      payload.logger.info('NODE_ENV=production: no users were created; create the first admin in /admin.')
    }
    return 0
  } catch (error) {
    payload.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    return 1
  } finally {
    await payload.destroy()
  }
}

main()
  .catch((error) => {
    console.error(error)
    return 1
  })
  .then((code) => {
    process.exitCode = code
    // The database client may keep the event loop alive after destroy(); give the logger a moment to flush, then leave.
    setTimeout(() => process.exit(code), 500).unref()
  })
