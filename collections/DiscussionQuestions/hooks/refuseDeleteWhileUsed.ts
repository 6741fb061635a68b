import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** Reports answer this question. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'reports', field: 'answers.question', records: 'reports' },
])
