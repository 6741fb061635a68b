import type { Access } from 'payload'

import { actorOf } from './roles'

/** Edit locks (`payload-locked-documents`) the signed-in person holds. */
export const isLockOwner: Access = ({ req }) => {
  const actor = actorOf(req)
  return actor ? { 'user.value': { equals: actor.id } } : false
}
