import type { Access } from 'payload'

import { projectScope } from './projectScope'

/** Records under the projects where the organizer's NGO is a partner. */
export const inPartnerProject: Access = async ({ req }) => {
  const ids = await projectScope(req, 'organizer')
  return ids.length > 0 ? { project: { in: ids } } : false
}
