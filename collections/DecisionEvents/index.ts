import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { isAdmin } from '../../src/access/isAdmin'
import { documentLinksField } from '../../src/admin/documents/documentLinksField'
import { projectField } from '../../src/fields/projectField'
import { wholeNumberField } from '../../src/fields/wholeNumber'
import { keepEventToken } from './hooks/keepEventToken'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'

/** A secret link token: shown to the coordinator (who shares the link or QR code), never set by hand. */
const linkToken = (name: string, description: string) => ({
  name,
  type: 'text' as const,
  index: true,
  admin: { readOnly: true, position: 'sidebar' as const, description },
  hooks: { beforeChange: [keepEventToken] },
})

export const DecisionEvents: CollectionConfig = {
  slug: 'decision-events',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'project', 'date', 'status'],
    group: 'Projects',
    description:
      'The decision-maker event: small groups read the experience cards and agree an action programme of 1–4 actions.',
  },
  access: {
    read: either(isAdmin, inCoordinatedProject),
    create: either(isAdmin, createsInOwnProject('coordinator')),
    update: either(isAdmin, inCoordinatedProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  hooks: { beforeDelete: [refuseDeleteWhileUsed] },
  fields: [
    projectField(),
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'place', type: 'text', maxLength: 300 },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      options: [
        { label: 'Planned', value: 'planned' },
        { label: 'Open (boards and survey accept answers)', value: 'open' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: { position: 'sidebar' },
    },
    linkToken(
      'boardToken',
      'The small groups’ facilitation board opens at /fi/board/<this token> while the event is open.',
    ),
    linkToken('surveyToken', 'The feedback survey opens at /fi/survey/<this token> while the event is open.'),
    {
      name: 'invitees',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'group',
              type: 'select',
              required: true,
              options: [
                { label: 'Elected officials', value: 'elected' },
                { label: 'Leading civil servants', value: 'civil-servants' },
                { label: 'NGO representatives', value: 'ngo' },
                { label: 'Residents who took part', value: 'residents' },
                { label: 'Wellbeing services county', value: 'wellbeing-county' },
                { label: 'Police', value: 'police' },
                { label: 'Other organisation', value: 'other' },
              ],
            },
            { name: 'organization', type: 'relationship', relationTo: 'organizations' },
            wholeNumberField('count', { admin: { description: 'How many invited.' } }),
          ],
        },
        { name: 'why', type: 'text', maxLength: 500 },
      ],
    },
    {
      name: 'programme',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'time', type: 'text', maxLength: 20, admin: { description: 'e.g. 13.00' } },
            { name: 'item', type: 'text', required: true, maxLength: 300 },
          ],
        },
      ],
    },
    {
      name: 'smallGroups',
      type: 'array',
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 100 }],
    },
    {
      name: 'grid',
      label: 'Coordinate grid',
      type: 'group',
      admin: {
        description:
          'Leave an axis empty to use the standard words in each language. The groups’ placements are kept under Event placements.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'xAxisLow', type: 'text', localized: true, maxLength: 100 },
            { name: 'xAxisHigh', type: 'text', localized: true, maxLength: 100 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'yAxisLow', type: 'text', localized: true, maxLength: 100 },
            { name: 'yAxisHigh', type: 'text', localized: true, maxLength: 100 },
          ],
        },
      ],
    },
    documentLinksField('decision-events'),
  ],
}
