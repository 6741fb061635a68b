import type { CollectionBeforeValidateHook } from 'payload'

import { FieldRefusal } from '../../../src/errors/FieldRefusal'

/** Two files for the same language would leave visitors guessing which one is current. */
export const refuseDuplicateLanguages: CollectionBeforeValidateHook = ({ data, req }) => {
  const seen = new Set<string>()
  const versions = (data?.versions ?? []) as { language?: string }[]
  versions.forEach((v, i) => {
    if (!v?.language) return
    if (seen.has(v.language)) {
      throw new FieldRefusal(req, 'materials', {
        path: `versions.${i}.language`,
        key: 'errors.duplicateVersionLanguage',
        values: { language: v.language },
      })
    }
    seen.add(v.language)
  })
  return data
}
