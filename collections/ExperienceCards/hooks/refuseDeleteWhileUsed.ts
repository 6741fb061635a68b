import { refuseDeleteWhileReferenced } from '../../../src/validation/refuseDeleteWhileReferenced'

/**
 * A card the small groups answered on the board (a verdict or a grid placement, from the board or
 * typed in from paper) cannot be deleted: the answers are the event's results. A card nobody answered
 * is deleted freely; it has no answers to lose. Taking a card off the event (unticking "selected for
 * event") keeps its answers: the tally and the event's card deck show only the selected cards, and
 * ticking it again brings its answers back. To delete an answered card, delete its answers first
 * (Event verdicts / Event placements).
 */
export const refuseDeleteWhileUsed = refuseDeleteWhileReferenced([
  { collection: 'event-verdicts', field: 'card', records: 'eventVerdicts' },
  { collection: 'event-placements', field: 'card', records: 'gridPlacements' },
])
