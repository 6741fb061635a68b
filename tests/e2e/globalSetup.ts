import fs from 'node:fs'

import { urlFile } from '../helpers/browser'
import { startProductionServer } from '../helpers/productionServer'
import { startResendStandIn } from '../helpers/resendStandIn'

/**
 * One production server with the reference data, the demo project and the demo
 * users (admin@, editor@, coordinator@, organizer@example.org) for every browser test.
 * Its mail goes to a local Resend stand-in (as production mail goes to Resend);
 * tests read what it delivered from `${E2E_RESEND_URL}/__delivered`.
 */
export default async function globalSetup(): Promise<void> {
  const resend = await startResendStandIn()
  const server = await startProductionServer({
    env: {
      PORTAL_DEMO: 'true',
      PORTAL_E2E_USERS: 'true',
      RESEND_API_KEY: 're_e2e_stand_in',
      RESEND_BASE_URL: resend.url,
    },
  })
  Object.assign(globalThis, { __e2eServer: server, __e2eResend: resend })
  process.env.E2E_BASE_URL = server.url
  process.env.E2E_RESEND_URL = resend.url
  fs.writeFileSync(urlFile, server.url)
}
