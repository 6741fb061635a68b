import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** The action programme and the feedback answers belong to the event. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'actions', field: 'event', records: 'actions' },
  { collection: 'feedback-responses', field: 'event', records: 'feedbackResponses' },
])
