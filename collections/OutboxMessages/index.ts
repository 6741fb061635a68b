import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'

/**
 * Mail kept instead of sent when no RESEND_API_KEY is set outside production,
 * so the sign-up flow can be tried offline. Only admins read it.
 */
export const OutboxMessages: CollectionConfig = {
  slug: 'outbox-messages',
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'createdAt'],
    group: 'Mailing list',
    description: 'Mail that would have been sent, kept here because e-mail is not configured (development only).',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text', index: true },
    { name: 'subject', type: 'text' },
    { name: 'text', type: 'textarea' },
    { name: 'html', type: 'code', admin: { language: 'html' } },
    { name: 'headers', type: 'json' },
  ],
}
