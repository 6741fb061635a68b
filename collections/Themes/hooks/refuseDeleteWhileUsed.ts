import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** Questions and cards are filed under their theme. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'discussion-questions', field: 'theme', records: 'discussionQuestions' },
  { collection: 'experience-cards', field: 'theme', records: 'experienceCards' },
])
