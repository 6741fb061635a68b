import type { PayloadRequest } from 'payload'

import { idOf } from './roles'

/**
 * Where a record takes its project from when a hook copies it from a parent
 * (a report from its session, an action or a feedback answer from its event).
 */
export type ProjectSource = { field: string; collection: 'sessions' | 'decision-events' }

/**
 * The project of the parent a record names, read past access (whether the person may link to that
 * parent is the create rule's and the field's question); `null` when the parent does not exist.
 */
export async function projectOfParent(
  req: PayloadRequest,
  source: ProjectSource,
  parentId: string | number,
): Promise<string | null> {
  const parent = await req.payload
    .findByID({
      collection: source.collection,
      id: parentId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    .catch(() => null)
  return parent ? idOf(parent.project as string) : null
}
