import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'

/**
 * What the hourly sign-up limits need and nothing more: a keyed hash of the
 * address or IP and the time. Purged by the retention job after a day.
 */
export const SignupAttempts: CollectionConfig = {
  slug: 'signup-attempts',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'keyHash', type: 'text', required: true, index: true }],
}
