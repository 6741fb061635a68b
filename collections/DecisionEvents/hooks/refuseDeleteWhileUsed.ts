import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** The action programme and the feedback answers belong to the event. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'actions', field: 'event', label: 'actions' },
  { collection: 'feedback-responses', field: 'event', label: 'feedback responses' },
])
