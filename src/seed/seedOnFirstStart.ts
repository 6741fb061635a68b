import type { Payload } from 'payload'

import { seed } from './seed'

/**
 * A fresh checkout starts with the real reference data and the demo project,
 * so every screen has something to show. Skipped when the database already has
 * languages (it has been seeded) or when PORTAL_AUTOSEED=false (tests that want
 * an empty database).
 */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.PORTAL_AUTOSEED === 'false') return
  const { totalDocs } = await payload.count({ collection: 'languages', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding reference data and the demo project…')
  await seed(payload, { demo: process.env.PORTAL_DEMO !== 'false' })
}
