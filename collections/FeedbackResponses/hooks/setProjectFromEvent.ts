import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/access/roles'

/** Survey answers arrive by event link; the project follows from the event. */
export const setProjectFromEvent: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const eventId = idOf(data?.event ?? originalDoc?.event)
  if (!data || !eventId) return data
  const event = await req.payload
    .findByID({ collection: 'decision-events', id: eventId, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (event) data.project = idOf(event.project as string)
  return data
}
