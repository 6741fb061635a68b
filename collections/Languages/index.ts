import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { fieldMessage, type FieldOptions } from '../../src/errors/fieldMessage'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'
import { revalidateLanguage } from './hooks/revalidateLanguage'

const bcp47 = /^[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Z]{2}|\d{3}))?$/

export const Languages: CollectionConfig = {
  slug: 'languages',
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'name', 'nativeName', 'direction', 'materialLanguage'],
    group: 'Toolkit content',
  },
  defaultSort: 'order',
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    beforeDelete: [refuseDeleteWhileUsed],
    afterChange: [revalidateLanguage],
    afterDelete: [revalidateLanguage],
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'BCP 47 language tag, e.g. fi, ar, prs, sr-Latn.' },
      validate: (value: unknown, { req }: FieldOptions) =>
        typeof value === 'string' && bcp47.test(value) ? true : fieldMessage(req, 'errors.languageTag'),
    },
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 100 },
    {
      name: 'nativeName',
      type: 'text',
      required: true,
      maxLength: 100,
      admin: { description: 'The name in the language itself, in its own script.' },
    },
    {
      name: 'direction',
      type: 'select',
      required: true,
      defaultValue: 'ltr',
      options: [
        { label: 'Left to right', value: 'ltr' },
        { label: 'Right to left', value: 'rtl' },
      ],
    },
    {
      name: 'materialLanguage',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'One of the ten languages the material library is published in.' },
    },
    {
      name: 'usedInDataCollection',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Residents have been heard in this language.' },
    },
    { name: 'order', type: 'number', defaultValue: 100 },
  ],
}
