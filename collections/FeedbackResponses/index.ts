import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { isAdmin } from '../../src/access/isAdmin'
import { copyProjectFrom, fromEvent } from '../../src/fields/copyProjectFrom'
import { interfaceLanguageOptions } from '../../src/fields/interfaceLanguageOptions'
import { projectField } from '../../src/fields/projectField'

const effect = (name: string, label: string) => ({
  name,
  label,
  type: 'select' as const,
  options: [
    { label: 'Not at all', value: 'none' },
    { label: 'A little', value: 'little' },
    { label: 'Somewhat', value: 'some' },
    { label: 'A lot', value: 'much' },
  ],
})

export const FeedbackResponses: CollectionConfig = {
  slug: 'feedback-responses',
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['event', 'respondentGroup', 'dataCollectionEffect', 'eventEffect', 'createdAt'],
    group: 'Projects',
    description:
      'Anonymous answers to the feedback survey at the end of a decision-maker event. No names, no contacts.',
  },
  access: {
    read: either(isAdmin, inCoordinatedProject),
    create: either(isAdmin, createsInOwnProject('coordinator', fromEvent)),
    update: either(isAdmin, inCoordinatedProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  hooks: { beforeValidate: [copyProjectFrom(fromEvent)] },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'decision-events', required: true, index: true },
    projectField({ admin: { position: 'sidebar', readOnly: true } }),
    {
      name: 'language',
      type: 'select',
      defaultValue: 'fi',
      options: interfaceLanguageOptions,
    },
    {
      name: 'respondentGroup',
      type: 'select',
      options: [
        { label: 'Elected official', value: 'elected' },
        { label: 'Civil servant', value: 'civil-servant' },
        { label: 'NGO', value: 'ngo' },
        { label: 'Resident', value: 'resident' },
        { label: 'Other', value: 'other' },
      ],
    },
    effect('dataCollectionEffect', 'How much did the data collection affect your thinking?'),
    effect('eventEffect', 'How much did the event affect your thinking?'),
    { name: 'intentions', label: 'What do you intend to do?', type: 'textarea', maxLength: 4000 },
    { name: 'comments', type: 'textarea', maxLength: 4000 },
  ],
}
