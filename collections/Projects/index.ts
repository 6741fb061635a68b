import type { CollectionConfig } from 'payload'

import { createsInOwnMunicipality } from '../../src/access/createsInOwnMunicipality'
import { either } from '../../src/access/either'
import { inOwnMunicipality } from '../../src/access/inOwnMunicipality'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { partnerOfProject } from '../../src/access/partnerOfProject'
import { documentLinksField } from '../../src/admin/documents/documentLinksField'
import { projectOverviewLinkField } from '../../src/admin/projects/projectOverviewLinkField'
import { checkProjectDates } from './hooks/checkProjectDates'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'

export const Projects: CollectionConfig = {
  slug: 'projects',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'municipality', 'round', 'stage', 'startDate'],
    group: 'Projects',
    description:
      'One municipality’s round of the toolkit: discussion sessions, the decision-maker event, actions and their follow-up.',
  },
  access: {
    read: either(isAdmin, inOwnMunicipality, partnerOfProject),
    create: either(isAdmin, createsInOwnMunicipality),
    update: either(isAdmin, inOwnMunicipality),
    delete: either(isAdmin, inOwnMunicipality),
  },
  hooks: { beforeValidate: [checkProjectDates], beforeDelete: [refuseDeleteWhileUsed] },
  fields: [
    projectOverviewLinkField,
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      required: true,
      index: true,
      // Moving a project would hand its data to another municipality's team.
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    { name: 'round', type: 'number', required: true, defaultValue: 1, min: 1, admin: { position: 'sidebar', step: 1 } },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'planning',
      options: [
        { label: 'Planning', value: 'planning' },
        { label: 'Discussion sessions', value: 'sessions' },
        { label: 'Decision-maker event', value: 'event' },
        { label: 'Monitoring', value: 'monitoring' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'previousRound', type: 'relationship', relationTo: 'projects', admin: { position: 'sidebar' } },
    {
      name: 'isExample',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Demonstration data, not a real project.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'endDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 4000 },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      admin: { description: 'NGOs that run the discussion sessions; their organizers see this project.' },
    },
    {
      name: 'populationGroups',
      type: 'array',
      admin: { description: 'The population groups this round wants to hear.' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 200 }],
    },
    { name: 'languages', type: 'relationship', relationTo: 'languages', hasMany: true },
    {
      name: 'evaluationPlan',
      type: 'group',
      fields: [
        {
          name: 'schedule',
          type: 'textarea',
          maxLength: 4000,
          admin: { description: 'When actions and impact are evaluated, and when data collection is repeated.' },
        },
        {
          name: 'divisionOfLabour',
          type: 'array',
          fields: [
            { name: 'task', type: 'text', required: true, maxLength: 300 },
            {
              name: 'responsible',
              type: 'text',
              required: true,
              maxLength: 200,
              admin: { description: 'A role or organisation, e.g. "welfare coordinator".' },
            },
          ],
        },
      ],
    },
    documentLinksField('projects'),
  ],
}
