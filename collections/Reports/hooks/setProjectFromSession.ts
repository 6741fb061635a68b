import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/access/roles'

/** A report always belongs to its session's project; nobody types it twice or gets it wrong. */
export const setProjectFromSession: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const sessionId = idOf(data?.session ?? originalDoc?.session)
  if (!data || !sessionId) return data
  const session = await req.payload
    .findByID({ collection: 'sessions', id: sessionId, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (session) data.project = idOf(session.project as string)
  return data
}
