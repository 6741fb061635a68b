import type { PayloadRequest } from 'payload'

import { isAdmin } from './isAdmin'
import { isCronCaller } from './isCronCaller'

/** Who may run the job queue over HTTP (`/api/payload-jobs/run`, `/handle-schedules`): admins and the cron caller. */
export const runsJobs = async ({ req }: { req: PayloadRequest }): Promise<boolean> =>
  (await isAdmin({ req })) === true || isCronCaller(req)

/** Who may queue or cancel jobs through the Local API with access enforced: admins. The server's own code overrides. */
export const managesJobs = async ({ req }: { req: PayloadRequest }): Promise<boolean> =>
  (await isAdmin({ req })) === true
