import type { SanitizedConfig } from 'payload'

import { both } from '../access/both'
import { either } from '../access/either'
import { isAdmin } from '../access/isAdmin'
import { isLockOwner } from '../access/isLockOwner'
import { locksOnUpdatableRecords } from '../access/locksOnUpdatableRecords'
import { locksOwnUpdatableRecord } from '../access/locksOwnUpdatableRecord'
import { guardLockWrites } from './guardLockWrites'

/**
 * Payload adds its edit-lock collection (`payload-locked-documents`) while it sanitizes the config,
 * after the plugins have run, with "anyone signed in" on every operation: anyone could list every
 * lock, take or drop anyone's, and lock another municipality's session so that its own coordinator
 * gets 423. This sets its rules on the sanitized config, before Payload starts:
 *
 * - read: the admin; the holder; and whoever may update the locked record (the admin shows them
 *   who is editing and offers to take over);
 * - create: a lock held by oneself on a record one may update;
 * - update: the holder, or (taking over, as the admin's "take over" does) someone who may update
 *   the record and makes themselves the holder; never to lock a record one may not update;
 * - delete: the admin and the holder;
 * - and below the access rules, the database writes no lock whose holder may not update the record
 *   (the admin's form state writes locks directly; see guardLockWrites).
 */
export function restrictEditLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (!locks) return config
  locks.access = {
    ...locks.access,
    read: either(isAdmin, isLockOwner, locksOnUpdatableRecords),
    create: either(isAdmin, locksOwnUpdatableRecord('create')),
    update: either(
      isAdmin,
      both(locksOwnUpdatableRecord('update'), isLockOwner),
      both(locksOwnUpdatableRecord('takeOver'), locksOnUpdatableRecords),
    ),
    delete: either(isAdmin, isLockOwner),
  }
  const onInit = config.onInit
  config.onInit = async (payload) => {
    guardLockWrites(payload)
    await onInit?.(payload)
  }
  return config
}
