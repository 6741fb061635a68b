import type { Access, PayloadRequest } from 'payload'

import { idOf } from './roles'
import { projectScope } from './projectScope'

/**
 * Where a record takes its project from when a hook copies it from a parent
 * (a report from its session, an action or a feedback answer from its event).
 */
export type ProjectSource = { field: string; collection: 'sessions' | 'decision-events' }

/** The project the record will belong to: its parent's when it has one (the hooks copy it from there), else its own. */
async function projectOf(req: PayloadRequest, data: Record<string, unknown>, source?: ProjectSource): Promise<string | null> {
  const parentId = source ? idOf(data[source.field] as string | null) : null
  if (source && parentId) {
    const parent = await req.payload
      .findByID({ collection: source.collection, id: parentId, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)
    return parent ? idOf(parent.project as string) : null
  }
  return idOf(data.project as string | null)
}

/**
 * Create access for project-owned records. Without data (the admin asking
 * whether to show "Create new") it answers whether the person has any project;
 * with data, whether the record's project is one of theirs.
 */
export function createsInOwnProject(as: 'coordinator' | 'organizer', source?: ProjectSource): Access {
  return async ({ req, data }) => {
    const ids = await projectScope(req, as)
    if (ids.length === 0) return false
    if (!data) return true
    const project = await projectOf(req, data, source)
    return project !== null && ids.includes(project)
  }
}
