import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { isAdmin } from '../../src/access/isAdmin'
import { projectField } from '../../src/fields/projectField'
import { checkEvaluatedAction } from './hooks/checkEvaluatedAction'

export const Evaluations: CollectionConfig = {
  slug: 'evaluations',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'action', 'responsibleParty', 'dueDate', 'status', 'impact'],
    group: 'Projects',
    description: 'Scheduled evaluations of the actions and their impact.',
  },
  defaultSort: 'dueDate',
  access: {
    read: either(isAdmin, inCoordinatedProject),
    create: either(isAdmin, createsInOwnProject('coordinator')),
    update: either(isAdmin, inCoordinatedProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  hooks: { beforeValidate: [checkEvaluatedAction] },
  fields: [
    projectField(),
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    { name: 'action', type: 'relationship', relationTo: 'actions' },
    {
      name: 'responsibleParty',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'The role or organisation responsible.' },
    },
    { name: 'responsibleEmail', type: 'email', admin: { description: 'Where reminders go; a work address.' } },
    { name: 'dueDate', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      options: [
        { label: 'Planned', value: 'planned' },
        { label: 'Done', value: 'done' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'findings', type: 'textarea', maxLength: 8000 },
    {
      name: 'impact',
      label: 'Assessed impact',
      type: 'select',
      options: [
        { label: 'Not yet known', value: 'unknown' },
        { label: 'No impact', value: 'none' },
        { label: 'Some impact', value: 'some' },
        { label: 'Clear impact', value: 'clear' },
      ],
    },
    { name: 'reminderSentAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
  ],
}
