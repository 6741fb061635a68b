import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** Sessions were held in this language. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'sessions', field: 'language', records: 'sessions' },
])
