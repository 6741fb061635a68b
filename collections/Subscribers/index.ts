import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { serverOnlyField } from '../../src/email/serverOnlyField'
import { interfaceLanguageOptions } from '../../src/fields/interfaceLanguageOptions'
import { regionOptions } from '../../src/fields/regions'

export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'language', 'regions', 'status', 'confirmedAt'],
    group: 'Mailing list',
    description:
      'People on the mailing list. Kept only while they want the mail; unconfirmed sign-ups are deleted after 7 days.',
  },
  access: { read: isEditorOrAdmin, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'fi',
      options: interfaceLanguageOptions,
    },
    {
      name: 'regions',
      type: 'select',
      hasMany: true,
      options: regionOptions,
      admin: { description: 'Regions whose invitations they want.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: [
        { label: 'Waiting for confirmation', value: 'pending' },
        { label: 'Confirmed', value: 'confirmed' },
        { label: 'Unsubscribed', value: 'unsubscribed' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'consentAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
    // Only the hash of the single-use confirmation link is kept, and nobody reads it through the API.
    {
      name: 'confirmTokenHash',
      type: 'text',
      index: true,
      access: { read: serverOnlyField, create: serverOnlyField, update: serverOnlyField },
      admin: { hidden: true },
    },
    {
      name: 'confirmTokenExpiresAt',
      type: 'date',
      access: { read: serverOnlyField, create: serverOnlyField, update: serverOnlyField },
      admin: { hidden: true },
    },
  ],
}
