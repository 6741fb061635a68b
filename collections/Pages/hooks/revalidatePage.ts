import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePortal } from '../../../src/portal/revalidatePortal'

/** A saved or deleted page shows on the public portal within seconds, without a rebuild. */
export const revalidatePage: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  revalidatePortal()
  return doc
}
