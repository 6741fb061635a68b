import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseChoice } from '../config/parseDatabaseUri'
import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import { postgresConnectionString } from './postgresConnectionString'

export { type DatabaseChoice, parseDatabaseUri } from '../config/parseDatabaseUri'

/** Each SQL adapter keeps its own migrations: `src/migrations/<kind>/`, with an index.ts listing them. */
export function migrationDir(kind: 'postgres' | 'sqlite'): string {
  return path.resolve(process.cwd(), 'src/migrations', kind)
}

export function selectDatabaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url })
  }
  if (choice.kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: postgresConnectionString(choice.url) },
      idType: 'uuid',
      migrationDir: migrationDir('postgres'),
      // Production applies the committed migrations on start; development pushes the schema.
      prodMigrations: postgresMigrations,
    })
  }
  return sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    migrationDir: migrationDir('sqlite'),
    // Production applies the committed migrations on start; development pushes the schema.
    prodMigrations: sqliteMigrations,
  })
}
