import fs from 'node:fs'

import { urlFile } from '../helpers/browser'
import { startProductionServer } from '../helpers/productionServer'

/** One production server with the reference data and the demo project for every browser test. */
export default async function globalSetup(): Promise<void> {
  const server = await startProductionServer({ env: { PORTAL_DEMO: 'true' } })
  ;(globalThis as { __e2eServer?: unknown }).__e2eServer = server
  process.env.E2E_BASE_URL = server.url
  fs.writeFileSync(urlFile, server.url)
}
