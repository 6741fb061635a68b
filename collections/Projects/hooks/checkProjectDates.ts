import type { CollectionBeforeValidateHook } from 'payload'

import { refuseEndBeforeStart } from '../../../src/validation/refuseEndBeforeStart'

export const checkProjectDates: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  refuseEndBeforeStart('projects', { ...(originalDoc ?? {}), ...(data ?? {}) }, req)
  return data
}
