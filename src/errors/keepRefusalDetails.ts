import type { AfterErrorHook } from 'payload'

import { refusalLoggingLevels } from './refusalLoggingLevels'

const ours = new Set(Object.keys(refusalLoggingLevels ?? {}))

/**
 * Payload formats an error's details (the field each sentence belongs to) only for errors it
 * recognises with `instanceof`. In the production build our refusals can come from another copy of
 * Payload's classes than its route handler's, and then only the message would reach the admin. Our
 * refusals are recognised by the names they set themselves, and their details put back, so the admin
 * shows each sentence at its field as well as in its toast.
 */
export const keepRefusalDetails: AfterErrorHook = ({ error }) => {
  if (!ours.has(error?.name)) return
  const { data } = error as Error & { data?: Record<string, unknown> }
  return { response: { errors: [{ name: error.name, message: error.message, ...(data ? { data } : {}) }] } }
}
