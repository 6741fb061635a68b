import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** A municipality with projects keeps them: deleting it would cut its coordinators off. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'projects', field: 'municipality', records: 'projects' },
])
