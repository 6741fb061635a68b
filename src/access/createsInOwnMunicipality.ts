import type { Access } from 'payload'

import { actorOf, idOf } from './roles'

/**
 * A coordinator starts projects only for the municipalities assigned to them.
 * Before a municipality is chosen (the admin asking whether to offer the
 * form) the answer is yes for anyone with a municipality; the required
 * municipality field refuses a project that names none.
 */
export const createsInOwnMunicipality: Access = ({ req, data }) => {
  const actor = actorOf(req)
  if (!actor || actor.role !== 'coordinator' || actor.municipalities.length === 0) return false
  const municipality = idOf(data?.municipality)
  return municipality === null ? true : actor.municipalities.includes(municipality)
}
