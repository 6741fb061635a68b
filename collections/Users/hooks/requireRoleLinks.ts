import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

/** A coordinator without a municipality or an organizer without an NGO could see nothing and would be confused. */
export const requireRoleLinks: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const errors = []
  if (merged.role === 'coordinator' && (!merged.municipalities || merged.municipalities.length === 0)) {
    errors.push({ path: 'municipalities', message: 'A coordinator needs at least one municipality.' })
  }
  if (merged.role === 'organizer' && !merged.organization) {
    errors.push({ path: 'organization', message: 'An organizer needs the NGO they work for.' })
  }
  if (errors.length) throw new ValidationError({ collection: 'users', errors, req })
  return data
}
