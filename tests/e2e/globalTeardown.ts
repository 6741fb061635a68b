import fs from 'node:fs'

import { urlFile } from '../helpers/browser'
import type { RunningServer } from '../helpers/productionServer'
import type { ResendStandIn } from '../helpers/resendStandIn'

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __e2eServer?: RunningServer }).__e2eServer
  await server?.stop()
  await (globalThis as { __e2eResend?: ResendStandIn }).__e2eResend?.close()
  fs.rmSync(urlFile, { force: true })
}
