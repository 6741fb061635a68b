import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations/index'
import type { DatabaseChoice } from './parseDatabaseUri'

export { type DatabaseChoice, parseDatabaseUri } from './parseDatabaseUri'

export function selectDatabaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url })
  }
  return sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    // Production applies the committed migrations on start; development pushes the schema.
    prodMigrations: migrations,
  })
}
