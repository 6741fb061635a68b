import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { nobody } from '../../src/access/nobody'

/**
 * One record per batch sent to Resend, naming every recipient in it and, once
 * sent, the id Resend gave each recipient's message. It is
 * written BEFORE the API call (status pending) with the batch's idempotency
 * key, so a send that was killed between the call and the update is repeated
 * with the same key and Resend drops the duplicate; recipients in a sent batch
 * are never sent again.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  admin: {
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['newsletter', 'status', 'count', 'updatedAt'],
    group: 'Mailing list',
  },
  access: { read: isEditorOrAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'newsletter', type: 'relationship', relationTo: 'newsletters', required: true, index: true },
    { name: 'idempotencyKey', type: 'text', required: true, unique: true },
    { name: 'recipients', type: 'json', required: true, admin: { description: 'Subscriber ids in this batch.' } },
    {
      name: 'messageIds',
      type: 'json',
      admin: {
        description:
          'The message id at Resend (or in the outbox) for each recipient, by subscriber id; set once the batch is sent.',
      },
    },
    { name: 'count', type: 'number', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: [
        { label: 'Being sent', value: 'pending' },
        { label: 'Sent', value: 'sent' },
        { label: 'Failed', value: 'failed' },
      ],
    },
    { name: 'error', type: 'text' },
  ],
}
