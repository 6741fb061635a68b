import fs from 'node:fs'

import { urlFile } from '../helpers/browser'
import { startProductionServer } from '../helpers/productionServer'

/**
 * One production server with the reference data, the demo project and the demo
 * users (admin@, editor@, coordinator@, organizer@example.org) for every browser test.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startProductionServer({ env: { PORTAL_DEMO: 'true', PORTAL_E2E_USERS: 'true' } })
  ;(globalThis as { __e2eServer?: unknown }).__e2eServer = server
  process.env.E2E_BASE_URL = server.url
  fs.writeFileSync(urlFile, server.url)
}
