import type { Capability } from '../config/Capability'
import { DocumentTexts } from './documentTexts/DocumentTexts'
import { downloadEndpoints } from './endpoints/downloadEndpoints'
import { uploadScribeFormEndpoint } from './endpoints/uploadScribeFormEndpoint'
import { regenerateLibraryTask } from './library/regenerateLibraryTask'

/**
 * What the generated-documents capability adds to the Payload config.
 *
 * One folder per document (scribeForm/, invitationPack/, cardDeck/,
 * resultsPresentation/, coordinateGrid/, eventInvitation/): `load<Document>`
 * reads what it needs as the person asking and returns the file,
 * `render<Document>` turns plain data into the file's bytes. The scribe form
 * also reads (`readScribeForm`) and imports (`importScribeForm`) a filled form.
 * documentTexts/ is the editable texts global, library/ keeps the material
 * library's generated files current, endpoints/ is the HTTP side, shared/ the
 * parts every document uses (docx and pptx building blocks, scripts, access).
 *
 * Endpoints (under /api; a record is read as the person asking, so another
 * municipality's coordinator gets 403, a visitor 401):
 *   GET  /documents/sessions/:id/scribe-form.docx[?lang=]   filled scribe form, session's language
 *   GET  /documents/sessions/:id/invitation.docx[?lang=]    invitation pack with the session's date, place, NGO
 *   POST /documents/sessions/:id/scribe-form                filled form (multipart `file` or raw body) → draft report
 *   GET  /documents/projects/:id/card-deck.pptx[?lang=&tally=true]
 *   GET  /documents/projects/:id/results.pptx?lang=fi|sv
 *   GET  /documents/events/:id/invitation.docx?lang=fi|sv
 *   GET  /documents/events/:id/card-deck.pptx               selected cards with the event's more/less tally
 *   GET  /documents/events/:id/grid.pptx?lang=fi|sv
 *   GET  /documents/library/{invitation-pack,scribe-form,event-invitation}.docx?lang=, /documents/library/grid.pptx?lang=
 *
 * The document-texts global holds the editable texts; saving it or a
 * discussion question queues the `regenerateLibraryDocuments` job, which
 * refreshes the library's generated materials in every language.
 */
export const documents: Capability = {
  collections: [],
  globals: [DocumentTexts],
  endpoints: [...downloadEndpoints, uploadScribeFormEndpoint],
  tasks: [regenerateLibraryTask],
}
