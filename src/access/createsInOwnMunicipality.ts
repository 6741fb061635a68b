import type { Access } from 'payload'

import { actorOf, idOf } from './roles'

/** A coordinator starts projects only for the municipalities assigned to them. */
export const createsInOwnMunicipality: Access = ({ req, data }) => {
  const actor = actorOf(req)
  if (!actor || actor.role !== 'coordinator' || actor.municipalities.length === 0) return false
  const municipality = idOf(data?.municipality)
  return municipality === null ? !data : actor.municipalities.includes(municipality)
}
