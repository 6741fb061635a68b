/**
 * `npm run backup [-- --to <file>]`: a consistent copy of the database
 * DATABASE_URI names, made while the server runs. SQLite: a compact copy of
 * the file (backupSqlite), by default data/backups/portal-<time>.db.
 * PostgreSQL: pg_dump's custom format (restore with pg_restore), by default
 * data/backups/portal-<time>.dump. MongoDB: mongodump, which this does not wrap.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { ConfigurationError } from '../../config/ConfigurationError'
import { parseDatabaseUri } from '../../config/parseDatabaseUri'
import { resolveDataDir } from '../../config/resolveDataDir'
import { postgresConnectionString } from '../postgresConnectionString'
import { backupSqlite } from './backupSqlite'

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}

async function main(): Promise<number> {
  const dataDir = resolveDataDir()
  const database = parseDatabaseUri(process.env.DATABASE_URI, dataDir)
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
  const extension = database.kind === 'postgres' ? 'dump' : 'db'
  const target = path.resolve(argument('--to') ?? path.join(dataDir, 'backups', `portal-${stamp}.${extension}`))
  if (database.kind === 'sqlite') {
    await backupSqlite(database.url, target)
  } else if (database.kind === 'postgres') {
    const dump = spawnSync(
      'pg_dump',
      ['--format=custom', '--no-owner', `--file=${target}`, postgresConnectionString(database.url)],
      { stdio: 'inherit' },
    )
    if (dump.error || dump.status !== 0) {
      console.error(`pg_dump failed${dump.error ? `: ${dump.error.message}` : ''}; is postgresql-client installed?`)
      return 1
    }
  } else {
    console.error('MongoDB: back up with mongodump (and restore with mongorestore); npm run backup does not wrap it.')
    return 1
  }
  console.log(`Backup written to ${target}`)
  return 0
}

main()
  .catch((error) => {
    console.error(error instanceof ConfigurationError ? `Cannot back up: ${error.message}` : error)
    return 1
  })
  .then((code) => process.exit(code))
