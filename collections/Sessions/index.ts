import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { inPartnerProject } from '../../src/access/inPartnerProject'
import { isAdmin } from '../../src/access/isAdmin'
import { documentLinksField } from '../../src/admin/documents/documentLinksField'
import { projectField } from '../../src/fields/projectField'
import { wholeNumberField } from '../../src/fields/wholeNumber'
import { existingRecord } from '../../src/validation/existingRecord'
import { composeSessionTitle } from './hooks/composeSessionTitle'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'

export const Sessions: CollectionConfig = {
  slug: 'sessions',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'language', 'date', 'organization', 'participantCount', 'status'],
    group: 'Projects',
    description:
      'Discussion sessions held in the residents’ own language. Record counts only, never participants’ names.',
  },
  defaultSort: 'date',
  access: {
    read: either(isAdmin, inCoordinatedProject, inPartnerProject),
    create: either(isAdmin, createsInOwnProject('coordinator'), createsInOwnProject('organizer')),
    update: either(isAdmin, inCoordinatedProject, inPartnerProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  hooks: { beforeChange: [composeSessionTitle], beforeDelete: [refuseDeleteWhileUsed] },
  fields: [
    projectField(),
    { name: 'title', type: 'text', admin: { readOnly: true, description: 'Made from the group, language and date.' } },
    {
      name: 'populationGroup',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'E.g. "Arabic-speaking families with children" — a group, not people.' },
    },
    {
      name: 'language',
      type: 'relationship',
      relationTo: 'languages',
      required: true,
      validate: existingRecord('errors.languageNotListed'),
    },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'online', type: 'checkbox', defaultValue: false },
      ],
    },
    { name: 'place', type: 'text', maxLength: 300 },
    { name: 'organization', label: 'NGO', type: 'relationship', relationTo: 'organizations' },
    {
      type: 'row',
      fields: [
        {
          name: 'facilitator',
          type: 'text',
          maxLength: 200,
          admin: { description: 'The trained facilitator (team member).' },
        },
        { name: 'scribe', type: 'text', maxLength: 200, admin: { description: 'The trained scribe (team member).' } },
      ],
    },
    wholeNumberField('participantCount', { admin: { description: 'How many residents took part. A count only.' } }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      options: [
        { label: 'Planned', value: 'planned' },
        { label: 'Held', value: 'held' },
        { label: 'Reported', value: 'reported' },
        { label: 'Cancelled', value: 'cancelled' },
      ],
      admin: { position: 'sidebar' },
    },
    documentLinksField('sessions'),
  ],
}
