import type { Access, FieldAccess } from 'payload'

import { actorOf } from './roles'

export const isAdmin: Access = ({ req }) => actorOf(req)?.role === 'admin'

export const isAdminField: FieldAccess = ({ req }) => actorOf(req)?.role === 'admin'
