import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../src/access/roles'

/**
 * Public actions are listed on the municipality's public page, whose visitors
 * may not read projects; the municipality is copied onto the action so that
 * page can ask for "public actions of this municipality" directly.
 */
export const setActionMunicipality: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const projectId = idOf(data.project ?? originalDoc?.project)
  if (!projectId) return data
  const project = await req.payload
    .findByID({
      collection: 'projects',
      id: projectId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { municipality: true },
    })
    .catch(() => null)
  if (project) data.municipality = idOf(project.municipality as string)
  return data
}
