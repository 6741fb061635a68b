import type { Payload } from 'payload'

import { ensureLibraryFiles } from '../documents/library/ensureLibraryFiles'
import { seed } from './seed'

/**
 * A fresh checkout starts with the real reference data, and in development the
 * demo project, so every screen has something to show. Production gets the
 * demo only when PORTAL_DEMO=true. Skipped when the database already has
 * languages (it has been seeded) or when PORTAL_AUTOSEED=false (tests that want
 * an empty database).
 */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.PORTAL_AUTOSEED === 'false') return
  const { totalDocs } = await payload.count({ collection: 'languages', overrideAccess: true })
  if (totalDocs > 0) return
  const demo =
    process.env.PORTAL_DEMO === 'true' || (process.env.NODE_ENV !== 'production' && process.env.PORTAL_DEMO !== 'false')
  payload.logger.info(`Empty database: seeding reference data${demo ? ' and the demo project' : ''}…`)
  await seed(payload, { demo })
  // The library's Word and PowerPoint files are made now, before anyone asks for them; a failure leaves the
  // regeneration job the seeding queued to try again.
  const started = Date.now()
  await ensureLibraryFiles(payload)
    .then((made) =>
      made
        ? payload.logger.info(`Material library: ${made.files} files generated in ${Date.now() - started} ms.`)
        : null,
    )
    .catch((err) => payload.logger.error({ err, msg: 'Generating the material library failed; the job will retry' }))
}
