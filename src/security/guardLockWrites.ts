import { createLocalReq, type Payload } from 'payload'

import { mayUpdateRecord, type RecordRef } from '../access/mayUpdateRecord'
import { idOf } from '../access/roles'

const lockSlug = 'payload-locked-documents'

type LockData = {
  document?: { relationTo?: string; value?: string | number | { id: string | number } | null } | null
  globalSlug?: string | null
  user?: { relationTo?: string; value?: string | number | { id: string | number } | null } | null
}

/** Whether the lock's holder may update what it locks, by the collections' own rules. */
async function holderMayEdit(payload: Payload, data: LockData): Promise<boolean> {
  const holderId = idOf(data.user?.value ?? null)
  if (!holderId || (data.user?.relationTo && data.user.relationTo !== 'users')) return false
  const holder = await payload.findByID({
    collection: 'users',
    id: holderId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!holder) return false
  const req = await createLocalReq({ user: { ...holder, collection: 'users' } }, payload)
  const documentId = idOf(data.document?.value ?? null)
  const target: RecordRef | null =
    data.document?.relationTo && documentId
      ? { collection: data.document.relationTo, id: documentId }
      : data.globalSlug
        ? { global: data.globalSlug }
        : null
  return target !== null && (await mayUpdateRecord(req, target))
}

/**
 * The admin's edit view takes its lock through Payload's form-state server function, which writes
 * the lock straight to the database (`payload.db.create`), past the collection's access rules, for
 * whatever collection and id the browser names. So the database adapter refuses, silently, to
 * write a lock whose holder may not update the locked record: opening (or forging a form-state
 * call for) another municipality's session locks nothing. Installed when Payload starts.
 */
export function guardLockWrites(payload: Payload): void {
  const db = payload.db as Payload['db'] & { lockWritesGuarded?: boolean }
  if (db.lockWritesGuarded) return
  db.lockWritesGuarded = true
  const create = db.create.bind(db)
  db.create = async (args) => {
    if (args.collection === lockSlug && !(await holderMayEdit(payload, args.data as LockData))) {
      payload.logger.warn({ msg: 'An edit lock on a record its holder may not update was not written.' })
      return {} as Awaited<ReturnType<typeof create>>
    }
    return create(args)
  }
}
