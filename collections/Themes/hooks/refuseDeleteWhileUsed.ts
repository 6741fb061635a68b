import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** Questions and cards are filed under their theme. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'discussion-questions', field: 'theme', label: 'discussion questions' },
  { collection: 'experience-cards', field: 'theme', label: 'experience cards' },
])
