import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/** An event's verdicts and grid placements refer to the card. */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'decision-events', field: 'verdicts.card', records: 'eventVerdicts' },
  { collection: 'decision-events', field: 'grid.placements.card', records: 'gridPlacements' },
])
