import { type RelationshipFieldSingleValidation, validations } from 'payload'

import { fieldMessage } from '../errors/fieldMessage'
import type { MessageKey } from '../i18n/translate'

/**
 * A single relationship that must point at a record that exists. Payload checks
 * only the id's shape: SQLite then fails with a foreign-key error and MongoDB
 * stores a dangling id, so both get the same plain sentence (`message`, in admin.json) here instead.
 */
export const existingRecord =
  (message: MessageKey): RelationshipFieldSingleValidation =>
  async (value, options) => {
    const shape = await validations.relationship(value, options)
    if (shape !== true || value === null || value === undefined || options.event === 'onChange') return shape
    const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
    const collection = options.relationTo as Parameters<typeof options.req.payload.findByID>[0]['collection']
    const found = await options.req.payload
      .findByID({ collection, id: id as string, depth: 0, overrideAccess: true, req: options.req, disableErrors: true })
      .catch(() => null)
    return found ? true : fieldMessage(options.req, message)
  }
