/** The closing sections of the scribe form, named as the report fields they fill. */
export const closingSections = ['general', 'positive', 'negative', 'proposals'] as const
export type ClosingSection = (typeof closingSections)[number]

export const reportFieldOf: Record<
  ClosingSection,
  'generalObservations' | 'positiveExperiences' | 'negativeExperiences' | 'proposals'
> = {
  general: 'generalObservations',
  positive: 'positiveExperiences',
  negative: 'negativeExperiences',
  proposals: 'proposals',
}

/**
 * The machine-readable parts of a scribe form. Hidden text travels with the
 * table Word keeps it in and survives saving in Word and LibreOffice; the
 * custom document property is a second witness for the session.
 */
export const formMarker = {
  formProperty: 'PortalForm',
  formVersion: 'scribe-form/1',
  sessionProperty: 'PortalSession',
  question: (id: string) => `[[q:${id}]]`,
  section: (name: ClosingSection) => `[[s:${name}]]`,
  session: (id: string) => `[[session:${id}]]`,
  pattern: /\[\[(q|s|session):([^\]]+)\]\]/g,
}
