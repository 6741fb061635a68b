import type { Access } from 'payload'

import { actorOf } from './roles'

/** Projects where the organizer's NGO is one of the partners. */
export const partnerOfProject: Access = ({ req }) => {
  const actor = actorOf(req)
  if (!actor || actor.role !== 'organizer' || !actor.organization) return false
  return { partners: { in: [actor.organization] } }
}
