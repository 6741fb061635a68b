import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { hasRole } from '../../src/access/hasRole'
import { isAdmin } from '../../src/access/isAdmin'
import { fieldMessage, type FieldOptions } from '../../src/errors/fieldMessage'

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'type', 'municipality'], group: 'Municipalities and partners' },
  defaultSort: 'name',
  // Organisations are public bodies and NGOs, not people: the public sees who is responsible for an action.
  access: {
    read: anyone,
    create: hasRole('admin', 'editor', 'coordinator'),
    update: hasRole('admin', 'editor'),
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'ngo',
      options: [
        { label: 'NGO', value: 'ngo' },
        { label: 'Municipality', value: 'municipality' },
        { label: 'Wellbeing services county', value: 'wellbeing-county' },
        { label: 'Police', value: 'police' },
        { label: 'ELY Centre', value: 'ely' },
        { label: 'Other', value: 'other' },
      ],
    },
    { name: 'municipality', type: 'relationship', relationTo: 'municipalities' },
    {
      name: 'website',
      type: 'text',
      maxLength: 300,
      validate: (value: unknown, { req }: FieldOptions) =>
        !value || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
          ? true
          : fieldMessage(req, 'errors.webAddress'),
    },
  ],
}
