import type { Access } from 'payload'

import { projectScope } from './projectScope'

/** Records under the projects of the coordinator's municipalities. */
export const inCoordinatedProject: Access = async ({ req }) => {
  const ids = await projectScope(req, 'coordinator')
  return ids.length > 0 ? { project: { in: ids } } : false
}
