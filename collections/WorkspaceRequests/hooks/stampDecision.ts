import type { CollectionBeforeChangeHook } from 'payload'

/** The decision date starts the 90-day retention clock; it is set when the status leaves "pending". */
export const stampDecision: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const decided = data.status === 'approved' || data.status === 'rejected'
  if (decided && data.status !== originalDoc?.status) data.decidedAt = new Date().toISOString()
  if (data.status === 'pending') data.decidedAt = null
  return data
}
