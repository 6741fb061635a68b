import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { inPartnerProject } from '../../src/access/inPartnerProject'
import { isAdmin } from '../../src/access/isAdmin'
import { noPersonalData } from '../../src/fields/privacyNote'
import { projectField } from '../../src/fields/projectField'
import { checkCardSources } from './hooks/checkCardSources'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'

export const ExperienceCards: CollectionConfig = {
  slug: 'experience-cards',
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'theme', 'tone', 'populationGroup', 'selectedForEvent', 'order'],
    group: 'Projects',
    description:
      'Short narratives of what residents experienced, written from the reports for the decision-maker event.',
  },
  defaultSort: 'order',
  access: {
    read: either(isAdmin, inCoordinatedProject, inPartnerProject),
    create: either(isAdmin, createsInOwnProject('coordinator')),
    update: either(isAdmin, inCoordinatedProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  hooks: { beforeValidate: [checkCardSources], beforeDelete: [refuseDeleteWhileUsed] },
  fields: [
    projectField(),
    {
      name: 'text',
      label: 'Narrative',
      type: 'textarea',
      required: true,
      maxLength: 1200,
      admin: { description: noPersonalData },
    },
    {
      type: 'row',
      fields: [
        { name: 'theme', type: 'relationship', relationTo: 'themes', required: true },
        {
          name: 'tone',
          type: 'select',
          required: true,
          options: [
            { label: 'Positive', value: 'positive' },
            { label: 'Negative', value: 'negative' },
          ],
        },
      ],
    },
    { name: 'sourceSession', type: 'relationship', relationTo: 'sessions' },
    { name: 'sourceReport', type: 'relationship', relationTo: 'reports' },
    {
      name: 'populationGroup',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Taken from the source session when left empty.' },
    },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
    { name: 'selectedForEvent', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
  ],
}
