import type { Payload } from 'payload'

import { idOf } from '../shared/relations'
import { findLibraryMaterials } from './findLibraryMaterials'
import { waitingRegeneration } from './queueLibraryRegeneration'
import { libraryDocuments, regenerateLibrary, type RegenerateResult } from './regenerateLibrary'

/** Whether some generated material lacks a file in a language it is made in. */
async function libraryLacksFiles(payload: Payload): Promise<boolean> {
  for (const spec of libraryDocuments) {
    for (const material of await findLibraryMaterials(payload, spec.kind)) {
      const filed = new Set<string>(
        (material.versions ?? []).filter((v) => v.generated && idOf(v.file)).map((v) => v.language),
      )
      if (spec.locales.some((locale) => !filed.has(locale))) return true
    }
  }
  return false
}

/**
 * Makes the library's generated materials when some are missing, as on the
 * first start of a fresh installation: a municipal official opening the
 * material library finds files to download at once, not "file coming" until
 * the background job's next turn. The regeneration the seeding queued (by
 * writing the questions) is then dropped, as its work is done. Returns null
 * when every file was there.
 */
export async function ensureLibraryFiles(payload: Payload): Promise<RegenerateResult | null> {
  if (!(await libraryLacksFiles(payload))) return null
  const result = await regenerateLibrary(payload)
  await payload.delete({ collection: 'payload-jobs', where: waitingRegeneration, overrideAccess: true })
  return result
}
