import type { RelationshipField } from 'payload'

import { projectScope } from '../access/projectScope'
import { actorOf, idOf } from '../access/roles'
import { fieldMessage } from '../errors/fieldMessage'

/**
 * The project a record belongs to. Collection access narrows reads to the
 * person's projects; this validation stops a coordinator or organizer from
 * moving a record into someone else's project on create or update.
 */
export const projectField = (overrides: Record<string, unknown> = {}): RelationshipField =>
  ({
    name: 'project',
    type: 'relationship',
    relationTo: 'projects',
    required: true,
    index: true,
    admin: { position: 'sidebar' },
    validate: async (value, { req }) => {
      const project = idOf(value as string | null)
      if (!project) return fieldMessage(req, 'errors.projectRequired')
      const actor = actorOf(req)
      if (!actor || actor.role === 'admin') return true
      if (actor.role === 'coordinator' || actor.role === 'organizer') {
        const ids = await projectScope(req, actor.role)
        if (!ids.includes(project)) return fieldMessage(req, 'errors.projectNotYours')
      }
      return true
    },
    ...overrides,
  }) as RelationshipField
