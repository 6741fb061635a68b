import type { Access } from 'payload'

import { mayUpdateRecord, type RecordRef } from './mayUpdateRecord'
import { actorOf, idOf } from './roles'

type Polymorphic = { relationTo?: string; value?: string | number | { id: string | number } | null }

function refOf(document: unknown): RecordRef | null {
  if (!document || typeof document !== 'object') return null
  const { relationTo, value } = document as Polymorphic
  const id = idOf(value ?? null)
  return relationTo && id ? { collection: relationTo, id } : null
}

/**
 * What an edit lock's data may say when a person (not an admin) creates or changes it: it is held
 * by themselves, and it locks a record (or global) they may update. On `create` the lock must name
 * both; on `update` only what the data changes is checked (the lock itself is narrowed by the rule
 * it is combined with); `takeOver` (changing someone else's lock) must make the person its holder.
 * Without data (the admin asking what the person may do) the answer is yes.
 */
export function locksOwnUpdatableRecord(operation: 'create' | 'update' | 'takeOver'): Access {
  return async ({ req, data }) => {
    const actor = actorOf(req)
    if (!actor) return false
    if (!data) return true
    if (data.user !== undefined || operation !== 'update') {
      const user = data.user as Polymorphic | string | number | null
      const holder = user && typeof user === 'object' ? idOf(user.value ?? null) : idOf(user)
      const collection = user && typeof user === 'object' ? user.relationTo : 'users'
      if (holder !== actor.id || collection !== 'users') return false
    }
    const targets: RecordRef[] = []
    if (data.document !== undefined && data.document !== null) {
      const ref = refOf(data.document)
      if (!ref) return false
      targets.push(ref)
    }
    if (typeof data.globalSlug === 'string' && data.globalSlug) targets.push({ global: data.globalSlug })
    if (operation === 'create' && targets.length === 0) return false
    for (const target of targets) if (!(await mayUpdateRecord(req, target))) return false
    return true
  }
}
