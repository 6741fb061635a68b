import type { Payload } from 'payload'

export type Readiness =
  { ready: true } | { ready: false; reason: 'database' } | { ready: false; reason: 'migrations'; missing: string[] }

type MigrationsAdapter = { prodMigrations?: { name: string }[] }

/**
 * Whether this instance can serve: the database answers, and every migration
 * committed for its adapter has been applied. A database whose schema was
 * pushed in development (Payload records that as the migration `dev`) and
 * MongoDB (no migrations) need none.
 */
export async function readiness(payload: Payload): Promise<Readiness> {
  let applied: string[]
  try {
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      pagination: false,
      depth: 0,
      select: { name: true },
    })
    applied = docs.map((doc) => String(doc.name))
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Readiness check: the database did not answer.' })
    return { ready: false, reason: 'database' }
  }
  if (applied.includes('dev')) return { ready: true }
  const committed = (payload.db as unknown as MigrationsAdapter).prodMigrations ?? []
  const missing = committed.map((m) => m.name).filter((name) => !applied.includes(name))
  return missing.length ? { ready: false, reason: 'migrations', missing } : { ready: true }
}
