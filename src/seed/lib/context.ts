import type { Payload } from 'payload'

/** What one seed run did, per collection: records created and records given missing translations. */
export type SeedSummary = Record<string, { created: number; updated: number }>

export type SeedContext = {
  payload: Payload
  summary: SeedSummary
}

export function createContext(payload: Payload): SeedContext {
  return { payload, summary: {} }
}

export function count(ctx: SeedContext, collection: string, what: 'created' | 'updated'): void {
  const entry = (ctx.summary[collection] ??= { created: 0, updated: 0 })
  entry[what] += 1
}

export function formatSummary(summary: SeedSummary): string {
  const rows = Object.entries(summary)
  if (rows.length === 0) return 'nothing to do'
  return rows
    .map(([collection, { created, updated }]) => `${collection}: ${created} created, ${updated} completed`)
    .join('\n')
}
