import type { TaskConfig } from 'payload'

import { REGENERATE_LIBRARY_TASK } from './queueLibraryRegeneration'
import { regenerateLibrary } from './regenerateLibrary'

/** The background job behind queueLibraryRegeneration. */
export const regenerateLibraryTask: TaskConfig = {
  slug: REGENERATE_LIBRARY_TASK,
  label: 'Regenerate the generated materials of the library',
  retries: 2,
  outputSchema: [{ name: 'files', type: 'number' }],
  handler: async ({ req }) => {
    const { files } = await regenerateLibrary(req.payload, req)
    return { output: { files } }
  },
}
