import type { CollectionBeforeValidateHook } from 'payload'

import { projectOfParent, type ProjectSource } from '../access/projectOfParent'
import { idOf } from '../access/roles'

/**
 * A record that belongs to a parent (a report to its session; a feedback answer, a verdict or a grid
 * placement to its event) always takes the parent's project: nobody types it twice or gets it wrong.
 * The same `source` tells the create rule where to look (`createsInOwnProject(role, source)`).
 */
export function copyProjectFrom(source: ProjectSource): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req }) => {
    const parentId = idOf(data?.[source.field] ?? originalDoc?.[source.field])
    if (!data || !parentId) return data
    const project = await projectOfParent(req, source, parentId)
    if (project) data.project = project
    return data
  }
}

/** Where the project of the records hanging under an event or a session comes from. */
export const fromEvent: ProjectSource = { field: 'event', collection: 'decision-events' }
export const fromSession: ProjectSource = { field: 'session', collection: 'sessions' }
