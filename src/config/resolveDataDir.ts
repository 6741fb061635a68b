import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from './ConfigurationError'

/**
 * The folder that holds the embedded database, the generated development
 * secret and uploads. Checked for writing up front so that a read-only volume
 * fails at start with a sentence instead of at the first upload.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = path.resolve(env.DATA_DIR || path.join(process.cwd(), 'data'))
  try {
    fs.mkdirSync(dir, { recursive: true })
    fs.accessSync(dir, fs.constants.W_OK)
  } catch {
    throw new ConfigurationError(
      `The data folder ${dir} cannot be written to: give the portal's user write access or set DATA_DIR to a writable folder.`,
    )
  }
  return dir
}
