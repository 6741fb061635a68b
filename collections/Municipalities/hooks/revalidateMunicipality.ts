import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePortal } from '../../../src/portal/revalidatePortal'

/** A saved or deleted municipality shows on the public portal within seconds, without a rebuild. */
export const revalidateMunicipality: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  revalidatePortal()
  return doc
}
