import type { Access } from 'payload'

import { actorOf } from './roles'

/** A signed-in person may read and update their own user record. */
export const isSelf: Access = ({ req }) => {
  const actor = actorOf(req)
  return actor ? { id: { equals: actor.id } } : false
}
