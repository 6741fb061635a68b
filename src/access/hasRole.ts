import type { Access } from 'payload'

import { actorOf, type Role } from './roles'

export function hasRole(...allowed: Role[]): Access {
  return ({ req }) => {
    const role = actorOf(req)?.role
    return role !== undefined && allowed.includes(role)
  }
}
