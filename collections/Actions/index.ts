import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { isAdmin } from '../../src/access/isAdmin'
import { markedPublic } from '../../src/access/markedPublic'
import { fromEvent } from '../../src/fields/copyProjectFrom'
import { projectField } from '../../src/fields/projectField'
import { checkActionSchedule } from './hooks/checkActionSchedule'
import { limitActionsPerEvent } from './hooks/limitActionsPerEvent'
import { recheckActionLimit } from './hooks/recheckActionLimit'
import { revalidateAction } from './hooks/revalidateAction'
import { setActionMunicipality } from './hooks/setActionMunicipality'

export const Actions: CollectionConfig = {
  slug: 'actions',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'event', 'status', 'progress', 'public', 'endDate'],
    group: 'Projects',
    description: 'The action programme: the 1–4 actions agreed at the decision-maker event, followed over time.',
  },
  access: {
    read: either(isAdmin, inCoordinatedProject, markedPublic),
    create: either(isAdmin, createsInOwnProject('coordinator', fromEvent)),
    update: either(isAdmin, inCoordinatedProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  hooks: {
    beforeValidate: [limitActionsPerEvent, checkActionSchedule],
    beforeChange: [setActionMunicipality],
    afterChange: [revalidateAction, recheckActionLimit],
    afterDelete: [revalidateAction],
  },
  fields: [
    {
      name: 'event',
      label: 'Decision-maker event',
      type: 'relationship',
      relationTo: 'decision-events',
      required: true,
      index: true,
    },
    projectField({ admin: { position: 'sidebar', readOnly: true, description: 'Taken from the event.' } }),
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Taken from the project; the public page lists public actions by it.',
      },
    },
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    { name: 'description', type: 'textarea', maxLength: 4000 },
    { name: 'responsibleOrganizations', type: 'relationship', relationTo: 'organizations', hasMany: true },
    {
      name: 'ownerRole',
      label: 'Owner (role)',
      type: 'text',
      maxLength: 200,
      admin: { description: 'A role, e.g. "head of youth services", not a person’s name.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'endDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'indicator',
      type: 'text',
      maxLength: 500,
      admin: { description: 'How the municipality will know the action worked.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      options: [
        { label: 'Planned', value: 'planned' },
        { label: 'In progress', value: 'in-progress' },
        { label: 'Done', value: 'done' },
        { label: 'Dropped', value: 'dropped' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'progress',
      type: 'number',
      min: 0,
      max: 100,
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Per cent done.' },
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Show this action and its status on the municipality’s public page.' },
    },
    {
      name: 'updates',
      label: 'Progress updates',
      type: 'array',
      fields: [
        { name: 'date', type: 'date', required: true },
        { name: 'text', type: 'textarea', required: true, maxLength: 4000 },
      ],
    },
  ],
}
