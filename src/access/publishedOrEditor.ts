import type { Access } from 'payload'

import { isEditorOrAdmin } from './isEditorOrAdmin'

/** Drafts are for the editors; everyone else sees what has been published. */
export const publishedOrEditor: Access = (args) => {
  if (isEditorOrAdmin(args)) return true
  return { _status: { equals: 'published' } }
}
