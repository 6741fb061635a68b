import os from 'node:os'

/**
 * A PostgreSQL address without a user name connects as the operating system
 * user, as psql and pg_dump do (node-postgres would read $USER, which services
 * and containers often lack).
 */
export function postgresConnectionString(uri: string): string {
  const url = new URL(uri)
  if (url.username || url.searchParams.get('user') || process.env.PGUSER) return uri
  url.username = os.userInfo().username
  return url.toString()
}
