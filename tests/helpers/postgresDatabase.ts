import crypto from 'node:crypto'

import pg from 'pg'

import { postgresConnectionString } from '../../src/db/postgresConnectionString'

/** A new, empty database on the server `base` names; returns its address. */
export async function createPostgresDatabase(base: string, prefix = 'portal_test'): Promise<string> {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`
  await withServer(base, (client) => client.query(`CREATE DATABASE "${name}"`))
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** Drops the database `uri` names, closing any connection still open to it. */
export async function dropPostgresDatabase(uri: string): Promise<void> {
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = '/postgres'
  await withServer(url.toString(), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}

async function withServer<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresConnectionString(uri) })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export const isPostgres = (uri: string | undefined): boolean => /^postgres(ql)?:\/\//i.test(uri ?? '')
