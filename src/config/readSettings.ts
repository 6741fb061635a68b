import { parseTrustedProxies } from '../http/clientAddress'
import { keepsSharedPages } from '../http/keepsSharedPages'
import { siteUrl } from '../http/siteUrl'
import { portalRole } from '../jobs/portalRole'
import { checkRedisUrl } from './checkRedisUrl'
import { ConfigurationError } from './ConfigurationError'
import { type DatabaseChoice, parseDatabaseUri } from './parseDatabaseUri'
import { readUploadStorage, type UploadStorageSettings } from './readUploadStorage'
import { resolveDataDir } from './resolveDataDir'
import { resolveSecret } from './resolveSecret'

export type Settings = {
  dataDir: string
  secret: string
  database: DatabaseChoice
  serverUrl: string
  uploadStorage: UploadStorageSettings
}

/** Everything the portal reads from its environment, checked once at start. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const dataDir = resolveDataDir(env)
  const database = parseDatabaseUri(env.DATABASE_URI, dataDir)
  const secret = resolveSecret(dataDir, env)
  const serverUrl = siteUrl(env)
  const role = portalRole(env)
  // Several processes writing one SQLite file wait on each other's locks and fail; they need a database server.
  if (role !== 'all' && database.kind === 'sqlite')
    throw new ConfigurationError(
      `PORTAL_ROLE=${role} splits the portal into several processes, which needs a database server: set DATABASE_URI to PostgreSQL (or MongoDB), or run one process with PORTAL_ROLE=all on SQLite.`,
    )
  try {
    parseTrustedProxies(env.TRUSTED_PROXIES)
  } catch (error) {
    throw new ConfigurationError((error as Error).message)
  }
  checkRedisUrl(env.REDIS_URL)
  keepsSharedPages(env)
  const uploadStorage = readUploadStorage(env)
  return { dataDir, secret, database, serverUrl, uploadStorage }
}

/**
 * A server that cannot start should say why in one sentence, not a stack
 * trace; tests call readSettings directly and see the thrown error instead.
 */
export function readSettingsOrExit(env: NodeJS.ProcessEnv = process.env): Settings {
  try {
    return readSettings(env)
  } catch (error) {
    if (error instanceof ConfigurationError && !env.JEST_WORKER_ID) {
      console.error(`\nCannot start the portal: ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}
