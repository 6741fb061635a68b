// A throwaway database on a PostgreSQL server for a bench, as
// tests/helpers/postgresDatabase.ts makes one for the tests (plain .mjs here: the benches run without tsx).
import crypto from 'node:crypto'
import os from 'node:os'

import pg from 'pg'

// An address without a user name connects as the operating system user, as psql does
// (src/db/postgresConnectionString.ts): node-postgres would read $USER, which containers often lack.
function withUser(uri) {
  const url = new URL(uri)
  if (url.username || url.searchParams.get('user') || process.env.PGUSER) return uri
  url.username = os.userInfo().username
  return url.toString()
}

async function onServer(uri, sql) {
  const client = new pg.Client({ connectionString: withUser(uri), connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Creates `<prefix>_<random>` on the server `base` names; returns the new database's address. */
export async function createPostgresDatabase(base, prefix = 'portal_bench') {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`
  await onServer(base, `CREATE DATABASE "${name}"`)
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** Drops the database `uri` names, closing any connection still open to it. */
export async function dropPostgresDatabase(uri) {
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = '/postgres'
  await onServer(url.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}
