import type { Access } from 'payload'

import { actorOf } from './roles'

/** ELY project staff: the toolkit's content, translations, newsletters and sign-ups. */
export const isEditorOrAdmin: Access = ({ req }) => {
  const role = actorOf(req)?.role
  return role === 'admin' || role === 'editor'
}
