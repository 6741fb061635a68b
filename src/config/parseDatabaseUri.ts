import path from 'node:path'

import { ConfigurationError } from './ConfigurationError'

export type DatabaseChoice =
  { kind: 'mongodb'; url: string } | { kind: 'postgres'; url: string } | { kind: 'sqlite'; url: string; file: string }

/**
 * mongodb:// and mongodb+srv:// go to MongoDB, postgres:// and postgresql://
 * to PostgreSQL (several machines); anything else is a SQLite file, so a fresh
 * checkout runs with no database server at all.
 */
export function parseDatabaseUri(uri: string | undefined, dataDir: string): DatabaseChoice {
  const value = (uri ?? '').trim()
  if (!value) {
    const file = path.join(dataDir, 'portal.db')
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^mongodb(\+srv)?:\/\//i.test(value)) {
    let parsed: URL
    try {
      parsed = new URL(value)
    } catch {
      throw new ConfigurationError(`DATABASE_URI is not a valid MongoDB connection string: ${redact(value)}.`)
    }
    if (!parsed.hostname) {
      throw new ConfigurationError(`DATABASE_URI names no MongoDB host: ${redact(value)}.`)
    }
    return { kind: 'mongodb', url: value }
  }
  if (/^postgres(ql)?:\/\//i.test(value)) {
    let parsed: URL
    try {
      parsed = new URL(value)
    } catch {
      throw new ConfigurationError(`DATABASE_URI is not a valid PostgreSQL connection string: ${redact(value)}.`)
    }
    if (!parsed.hostname && !parsed.searchParams.get('host')) {
      throw new ConfigurationError(`DATABASE_URI names no PostgreSQL host: ${redact(value)}.`)
    }
    return { kind: 'postgres', url: value }
  }
  if (/^file:/i.test(value)) {
    const file = path.resolve(value.replace(/^file:(\/\/)?/i, ''))
    if (!value.replace(/^file:(\/\/)?/i, '')) {
      throw new ConfigurationError('DATABASE_URI "file:" names no database file: write e.g. file:./data/portal.db.')
    }
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigurationError(
      `DATABASE_URI must start with postgres://, postgresql://, mongodb://, mongodb+srv:// or file:, or be a path to a SQLite file; got ${redact(value)}.`,
    )
  }
  const file = path.resolve(value)
  return { kind: 'sqlite', url: `file:${file}`, file }
}

function redact(uri: string): string {
  return uri.replace(/\/\/([^@/]*)@/, '//***@')
}
