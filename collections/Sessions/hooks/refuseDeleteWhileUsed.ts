import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** A session's reports go first. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'reports', field: 'session', records: 'reports' },
])
