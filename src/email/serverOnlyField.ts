import type { FieldAccess } from 'payload'

/** Fields that only the e-mail endpoints and jobs write or read (with overrideAccess), never a person through the API. */
export const serverOnlyField: FieldAccess = () => false
