import type { CollectionBeforeValidateHook } from 'payload'

import { refuseEndBeforeStart } from '../../../src/validation/refuseEndBeforeStart'

export const checkActionSchedule: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  refuseEndBeforeStart('actions', { ...(originalDoc ?? {}), ...(data ?? {}) }, req)
  return data
}
