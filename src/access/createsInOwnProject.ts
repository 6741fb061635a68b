import type { Access, PayloadRequest } from 'payload'

import { projectOfParent, type ProjectSource } from './projectOfParent'
import { projectScope } from './projectScope'
import { idOf } from './roles'

/**
 * The project the record will belong to: its parent's when it names one (the hooks copy it from there),
 * else its own; `undefined` when the data names neither, `null` when what it names does not exist.
 */
async function projectOf(
  req: PayloadRequest,
  data: Record<string, unknown>,
  source?: ProjectSource,
): Promise<string | null | undefined> {
  const parentId = source ? idOf(data[source.field] as string | null) : null
  if (source && parentId) return projectOfParent(req, source, parentId)
  return idOf(data.project as string | null) ?? undefined
}

/**
 * Create access for project-owned records. The admin asks before any data
 * exists (for "Create new" and the empty form, with no project chosen yet):
 * then the answer is whether the person has a project at all. Once the data
 * names a project (or the parent it is copied from), that project must be one
 * of theirs. A record that names none is refused by the required project
 * field's own validation, with its message.
 */
export function createsInOwnProject(as: 'coordinator' | 'organizer', source?: ProjectSource): Access {
  return async ({ req, data }) => {
    const ids = await projectScope(req, as)
    if (ids.length === 0) return false
    if (!data) return true
    const project = await projectOf(req, data, source)
    if (project === undefined) return true
    return project !== null && ids.includes(project)
  }
}
