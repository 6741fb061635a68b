/**
 * A second server process, for tests that kill one mid-job: it opens the
 * test's database (whose schema the test process has already created), says
 * "ready" and runs the queued jobs once, exactly as the portal's job runner does.
 * Started by `startJobRunnerProcess`.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'

const payload = await getPayload({ config })
process.stdout.write('ready\n')
await payload.jobs.run({ queue: 'default' })
process.stdout.write('done\n')
process.exit(0)
