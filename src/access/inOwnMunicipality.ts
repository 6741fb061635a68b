import type { Access } from 'payload'

import { actorOf } from './roles'

/** Projects of the municipalities assigned to the coordinator. */
export const inOwnMunicipality: Access = ({ req }) => {
  const actor = actorOf(req)
  if (!actor || actor.role !== 'coordinator' || actor.municipalities.length === 0) return false
  return { municipality: { in: actor.municipalities } }
}
