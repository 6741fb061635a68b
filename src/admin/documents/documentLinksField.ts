import type { UIField } from 'payload'

export type DocumentLinksKind = 'sessions' | 'projects' | 'decision-events'

/**
 * A sidebar box on the session, project and event edit views with download
 * links for that record's generated documents (and, on a session, the upload
 * of a filled-in scribe form). Added to a collection as one field.
 */
export function documentLinksField(kind: DocumentLinksKind): UIField {
  return {
    name: 'generatedDocuments',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: { path: '/src/admin/documents/DocumentLinks#DocumentLinks', clientProps: { kind } } },
    },
  }
}
