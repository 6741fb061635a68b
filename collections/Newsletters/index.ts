import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { serverOnlyField } from '../../src/email/serverOnlyField'
import { interfaceLanguageOptions } from '../../src/fields/interfaceLanguageOptions'
import { regionOptions } from '../../src/fields/regions'

export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'status', 'sentAt'],
    group: 'Mailing list',
  },
  access: { read: isEditorOrAdmin, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  fields: [
    { name: 'subject', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'newsletter',
      options: [
        { label: 'Newsletter', value: 'newsletter' },
        { label: 'Regional invitation', value: 'regional-invitation' },
      ],
    },
    {
      name: 'audienceLanguages',
      type: 'select',
      hasMany: true,
      options: interfaceLanguageOptions,
      admin: { description: 'Leave empty for every language.' },
    },
    {
      name: 'audienceRegions',
      type: 'select',
      hasMany: true,
      options: regionOptions,
      admin: { description: 'Leave empty for every region.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Sending', value: 'sending' },
        { label: 'Sent', value: 'sent' },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'sentAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'progress',
      type: 'group',
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: { position: 'sidebar', readOnly: true, description: 'Updated after every batch while sending.' },
      fields: [
        { name: 'total', type: 'number', defaultValue: 0 },
        { name: 'sent', type: 'number', defaultValue: 0 },
        { name: 'failed', type: 'number', defaultValue: 0 },
      ],
    },
    {
      name: 'sendActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/email/NewsletterActions#NewsletterActions' } },
    },
  ],
}
