import { Users } from '../../collections/Users'
import type { Capability } from '../config/Capability'

/** Accounts: the people who sign in to the admin, with their role and organisation. */
export const users: Capability = {
  collections: [Users],
  globals: [],
  endpoints: [],
  tasks: [],
}
