/**
 * `npm run transfer -- --from <uri> --to <uri>`: moves a site from one
 * database to another with ids kept (typically SQLite to PostgreSQL). The
 * target must be empty; it gets the committed migrations of its adapter first.
 * Uploaded files stay where UPLOAD_DIR (or DATA_DIR/uploads) keeps them: point
 * the new server at the same folder. On PostgreSQL the connecting role must be
 * a superuser: foreign keys are checked only once everything is in.
 */
import type { Payload, SanitizedConfig } from 'payload'
import pg from 'pg'

import { type DatabaseChoice, parseDatabaseUri } from '../../config/parseDatabaseUri'
import { resolveDataDir } from '../../config/resolveDataDir'
import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { postgresConnectionString } from '../postgresConnectionString'
import { selectDatabaseAdapter } from '../selectDatabaseAdapter'
import { transfer } from './transfer'

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}

/** PostgreSQL: skip foreign-key checks in the target's sessions while the records arrive in any order. */
async function deferForeignKeys(choice: DatabaseChoice, off: boolean): Promise<void> {
  if (choice.kind !== 'postgres') return
  const url = new URL(postgresConnectionString(choice.url))
  const name = decodeURIComponent(url.pathname.slice(1))
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    await client.query(
      off
        ? `ALTER DATABASE "${name}" SET session_replication_role = replica`
        : `ALTER DATABASE "${name}" RESET session_replication_role`,
    )
  } finally {
    await client.end()
  }
}

async function main(): Promise<number> {
  const from = argument('--from')
  const to = argument('--to')
  if (!from || !to) {
    console.error('Usage: npm run transfer -- --from <database address> --to <database address>')
    return 2
  }
  const dataDir = resolveDataDir()
  const source = parseDatabaseUri(from, dataDir)
  const destination = parseDatabaseUri(to, dataDir)
  // Neither database's schema is pushed; the target gets the committed migrations; nothing seeds or runs jobs.
  process.env.PAYLOAD_MIGRATING = 'true'
  process.env.PORTAL_AUTOSEED = 'false'
  process.env.DATABASE_URI = from
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../../payload.config')
  const base: SanitizedConfig = await configPromise
  const quiet = { ...base.jobs, autoRun: undefined }
  let sourcePayload: Payload | undefined
  let targetPayload: Payload | undefined
  await deferForeignKeys(destination, true)
  try {
    sourcePayload = await getPayload({ config: { ...base, jobs: quiet }, key: 'transfer-source' })
    targetPayload = await getPayload({
      config: { ...base, jobs: quiet, db: selectDatabaseAdapter(destination) as unknown as SanitizedConfig['db'] },
      key: 'transfer-target',
    })
    const existing = await targetPayload.db.count({ collection: 'users', where: {} }).catch(() => ({ totalDocs: 0 }))
    if (existing.totalDocs > 0) {
      console.error(`The target database already holds users: transfer only into an empty database.`)
      return 1
    }
    if (destination.kind !== 'mongodb') {
      await targetPayload.db.migrate({
        migrations: (destination.kind === 'postgres' ? postgresMigrations : sqliteMigrations) as never,
      })
    }
    const counts = await transfer(sourcePayload, targetPayload, (line) => console.log(line))
    const records = Object.values(counts).reduce((sum, c) => sum + c.records, 0)
    const versions = Object.values(counts).reduce((sum, c) => sum + c.versions, 0)
    console.log(`Transferred ${records} records and ${versions} versions from ${source.kind} to ${destination.kind}.`)
    return 0
  } finally {
    await deferForeignKeys(destination, false)
  }
}

main()
  .catch((error) => {
    console.error(error)
    return 1
  })
  .then((code) => process.exit(code))
