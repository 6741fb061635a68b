import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from './ConfigurationError'

/**
 * PAYLOAD_SECRET signs sessions. A production server must be given one; in
 * development one is generated once and kept in the data folder so logins
 * survive restarts without anyone editing a .env file. `next build` evaluates
 * the config without serving anyone, so it gets a throwaway value.
 */
export function resolveSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NEXT_PHASE === 'phase-production-build') return crypto.randomBytes(32).toString('hex')
  if (env.NODE_ENV === 'production') {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set: production needs a long random secret in the PAYLOAD_SECRET environment variable.',
    )
  }
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
