import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

/** Two files for the same language would leave visitors guessing which one is current. */
export const refuseDuplicateLanguages: CollectionBeforeValidateHook = ({ data, req }) => {
  const seen = new Set<string>()
  const versions = (data?.versions ?? []) as { language?: string }[]
  versions.forEach((v, i) => {
    if (!v?.language) return
    if (seen.has(v.language)) {
      throw new ValidationError({
        collection: 'materials',
        errors: [{ path: `versions.${i}.language`, message: `There is already a version in "${v.language}".` }],
        req,
      })
    }
    seen.add(v.language)
  })
  return data
}
