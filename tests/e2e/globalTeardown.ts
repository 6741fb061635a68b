import fs from 'node:fs'

import { urlFile } from '../helpers/browser'
import type { RunningServer } from '../helpers/productionServer'

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __e2eServer?: RunningServer }).__e2eServer
  await server?.stop()
  fs.rmSync(urlFile, { force: true })
}
