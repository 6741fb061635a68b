import type { Access } from 'payload'

import { idOf } from './roles'
import { projectScope } from './projectScope'

/**
 * Create access for project-owned records. Without data (the admin asking
 * whether to show "Create new") it answers whether the person has any project;
 * with data, whether the record's project is one of theirs.
 */
export function createsInOwnProject(as: 'coordinator' | 'organizer'): Access {
  return async ({ req, data }) => {
    const ids = await projectScope(req, as)
    if (ids.length === 0) return false
    const project = idOf(data?.project)
    return project === null ? !data : ids.includes(project)
  }
}
