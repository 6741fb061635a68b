import type { PayloadRequest } from 'payload'

import { portalRole } from '../jobs/portalRole'
import { isAdmin } from './isAdmin'
import { isCronCaller } from './isCronCaller'

/**
 * Who may run the job queue over HTTP (`/api/payload-jobs/run`, `/handle-schedules`): admins and the
 * cron caller, and nobody on a web instance (PORTAL_ROLE=web): there the workers run the jobs, each
 * claimed once, and Payload's own runner beside them could take a job a worker is running.
 */
export const runsJobs = async ({ req }: { req: PayloadRequest }): Promise<boolean> =>
  portalRole() !== 'web' && ((await isAdmin({ req })) === true || isCronCaller(req))

/** Who may queue or cancel jobs through the Local API with access enforced: admins. The server's own code overrides. */
export const managesJobs = async ({ req }: { req: PayloadRequest }): Promise<boolean> =>
  (await isAdmin({ req })) === true
