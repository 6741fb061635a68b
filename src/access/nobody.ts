import type { Access } from 'payload'

/** For records that only the server's own endpoints and jobs write (with overrideAccess). */
export const nobody: Access = () => false
