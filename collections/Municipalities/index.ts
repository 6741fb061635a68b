import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { regionOptions } from '../../src/fields/regions'
import { slugField } from '../../src/fields/slugField'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'
import { revalidateMunicipality } from './hooks/revalidateMunicipality'

export const programmePhases = [
  { label: 'Pilot 2021–2023', value: 'pilot' },
  { label: 'Continuation 2023–2025', value: 'continuation' },
  { label: 'Not yet taken part', value: 'none' },
]

export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'nameSv', 'region', 'phase', 'decisionEventHeld'],
    group: 'Municipalities and partners',
  },
  defaultSort: 'name',
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    beforeDelete: [refuseDeleteWhileUsed],
    afterChange: [revalidateMunicipality],
    afterDelete: [revalidateMunicipality],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 100,
      admin: { description: 'Finnish name.' },
    },
    {
      name: 'nameSv',
      label: 'Swedish name',
      type: 'text',
      maxLength: 100,
      admin: { description: 'Where the municipality has an official Swedish name.' },
    },
    { name: 'region', type: 'select', required: true, options: regionOptions, index: true },
    {
      name: 'phase',
      label: 'Programme phase',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: programmePhases,
    },
    {
      name: 'partnerMunicipalities',
      type: 'array',
      admin: {
        description:
          'Neighbouring municipalities whose residents took part (e.g. Sotkamo and Ristijärvi with Kajaani).',
      },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 100 }],
    },
    { name: 'decisionEventHeld', type: 'checkbox', defaultValue: false },
    { name: 'languagesUsed', type: 'relationship', relationTo: 'languages', hasMany: true },
    { name: 'summary', label: 'Public summary', type: 'textarea', localized: true, maxLength: 4000 },
    {
      name: 'isExample',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'A fictional municipality for demonstrations; never shown as a real one.',
      },
    },
    slugField('name'),
  ],
}
