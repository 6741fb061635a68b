import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** A project is deleted after its records, never out from under them. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'sessions', field: 'project', label: 'sessions' },
  { collection: 'reports', field: 'project', label: 'reports' },
  { collection: 'experience-cards', field: 'project', label: 'experience cards' },
  { collection: 'decision-events', field: 'project', label: 'decision-maker events' },
  { collection: 'actions', field: 'project', label: 'actions' },
  { collection: 'feedback-responses', field: 'project', label: 'feedback responses' },
  { collection: 'evaluations', field: 'project', label: 'evaluations' },
])
