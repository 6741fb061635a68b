/**
 * Shown next to every free-text field of reports and cards: the toolkit records
 * experiences, never who said them.
 */
export const noPersonalData =
  'Write experiences, not people: no names, contact details or other information that identifies a participant.'
