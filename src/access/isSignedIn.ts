import type { Access } from 'payload'

import { actorOf } from './roles'

export const isSignedIn: Access = ({ req }) => actorOf(req) !== null
