import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** A project is deleted after its records, never out from under them. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'sessions', field: 'project', records: 'sessions' },
  { collection: 'reports', field: 'project', records: 'reports' },
  { collection: 'experience-cards', field: 'project', records: 'experienceCards' },
  { collection: 'decision-events', field: 'project', records: 'decisionEvents' },
  { collection: 'actions', field: 'project', records: 'actions' },
  { collection: 'feedback-responses', field: 'project', records: 'feedbackResponses' },
  { collection: 'evaluations', field: 'project', records: 'evaluations' },
])
