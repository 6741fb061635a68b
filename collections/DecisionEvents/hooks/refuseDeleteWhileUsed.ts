import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** The action programme, the feedback answers and the small groups' board answers belong to the event. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'actions', field: 'event', records: 'actions' },
  { collection: 'feedback-responses', field: 'event', records: 'feedbackResponses' },
  { collection: 'event-verdicts', field: 'event', records: 'eventVerdicts' },
  { collection: 'event-placements', field: 'event', records: 'gridPlacements' },
])
