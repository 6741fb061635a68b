import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePortal } from '../../../src/portal/revalidatePortal'

/** A saved or deleted language shows on the public portal within seconds, without a rebuild. */
export const revalidateLanguage: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  revalidatePortal()
  return doc
}
