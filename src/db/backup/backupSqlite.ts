import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'

/**
 * A consistent copy of the SQLite database `url` in the new file `target`,
 * made while the server keeps running: `VACUUM INTO` reads the database in one
 * read transaction (in WAL mode writers go on meanwhile) and writes a compact,
 * self-contained file with no -wal beside it. Uses the same libsql client as
 * the adapter. A plain file copy could catch the database half-written.
 */
export async function backupSqlite(url: string, target: string): Promise<void> {
  if (fs.existsSync(target)) throw new Error(`${target} exists already; a backup never overwrites a file.`)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const db = drizzle({ connection: { url } })
  try {
    await db.run(sql`PRAGMA busy_timeout = 10000`)
    await db.run(sql`VACUUM INTO ${target}`)
  } finally {
    db.$client.close()
  }
}
