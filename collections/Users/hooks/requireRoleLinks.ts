import type { CollectionBeforeValidateHook } from 'payload'

import { type FieldProblem, FieldRefusal } from '../../../src/errors/FieldRefusal'

/** A coordinator without a municipality or an organizer without an NGO could see nothing and would be confused. */
export const requireRoleLinks: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const problems: FieldProblem[] = []
  if (merged.role === 'coordinator' && (!merged.municipalities || merged.municipalities.length === 0)) {
    problems.push({ path: 'municipalities', key: 'errors.coordinatorNeedsMunicipality' })
  }
  if (merged.role === 'organizer' && !merged.organization) {
    problems.push({ path: 'organization', key: 'errors.organizerNeedsOrganization' })
  }
  if (problems.length) throw new FieldRefusal(req, 'users', problems)
  return data
}
