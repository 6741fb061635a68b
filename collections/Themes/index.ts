import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { fieldMessage, type FieldOptions } from '../../src/errors/fieldMessage'
import { translationStatusField } from '../../src/fields/translationStatus'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'

export const themeKeys = ['participation', 'attitudes', 'safety', 'interaction'] as const

export const Themes: CollectionConfig = {
  slug: 'themes',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', 'colour', 'order'], group: 'Toolkit content' },
  defaultSort: 'order',
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    beforeDelete: [refuseDeleteWhileUsed],
  },
  fields: [
    {
      name: 'key',
      type: 'select',
      required: true,
      unique: true,
      options: [
        { label: 'Participation', value: 'participation' },
        { label: 'Attitudes', value: 'attitudes' },
        { label: 'Sense of safety', value: 'safety' },
        { label: 'Interaction', value: 'interaction' },
      ],
    },
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
    {
      name: 'colour',
      type: 'text',
      required: true,
      defaultValue: '#2A6EBB',
      admin: { description: 'Used on experience cards and charts, as #RRGGBB.' },
      validate: (value: unknown, { req }: FieldOptions) =>
        typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? true : fieldMessage(req, 'errors.colourFormat'),
    },
    { name: 'order', type: 'number', required: true, defaultValue: 1, min: 1 },
    translationStatusField({
      localized: true,
      admin: { position: 'sidebar', description: 'How far this language version of the text can be trusted.' },
    }),
  ],
}
