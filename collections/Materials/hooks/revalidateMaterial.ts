import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePortal } from '../../../src/portal/revalidatePortal'

/** A saved or deleted material shows on the public portal within seconds, without a rebuild. */
export const revalidateMaterial: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  revalidatePortal()
  return doc
}
