import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { inPartnerProject } from '../../src/access/inPartnerProject'
import { isAdmin } from '../../src/access/isAdmin'
import { onVersions } from '../../src/access/onVersions'
import { copyProjectFrom, fromSession } from '../../src/fields/copyProjectFrom'
import { noPersonalData } from '../../src/fields/privacyNote'
import { projectField } from '../../src/fields/projectField'
import { guardReviewStatus } from './hooks/guardReviewStatus'

const freeText = (name: string, label: string) => ({
  name,
  label,
  type: 'textarea' as const,
  maxLength: 20000,
  admin: { description: noPersonalData },
})

export const Reports: CollectionConfig = {
  slug: 'reports',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'session', 'status', 'updatedAt'],
    group: 'Projects',
    description:
      'Scribe reports of the discussion sessions: answers per question, in the original language and as a Finnish summary.',
  },
  // Every saved change is kept so the team can see who changed what before approval.
  versions: { maxPerDoc: 100 },
  access: {
    read: either(isAdmin, inCoordinatedProject, inPartnerProject),
    readVersions: onVersions(either(isAdmin, inCoordinatedProject, inPartnerProject)),
    create: either(
      isAdmin,
      createsInOwnProject('coordinator', fromSession),
      createsInOwnProject('organizer', fromSession),
    ),
    update: either(isAdmin, inCoordinatedProject, inPartnerProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  hooks: { beforeValidate: [copyProjectFrom(fromSession)], beforeChange: [guardReviewStatus] },
  fields: [
    { name: 'session', type: 'relationship', relationTo: 'sessions', required: true, index: true },
    projectField({ admin: { position: 'sidebar', readOnly: true, description: 'Taken from the session.' } }),
    { name: 'title', type: 'text', maxLength: 200 },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Submitted', value: 'submitted' },
        { label: 'Returned for changes', value: 'returned' },
        { label: 'Approved', value: 'approved' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      maxLength: 4000,
      admin: { position: 'sidebar', description: 'The coordinator’s comment when returning the report.' },
    },
    {
      name: 'answers',
      type: 'array',
      // One per discussion question (the toolkit has a few dozen); a hundred is room to spare.
      maxRows: 100,
      labels: { singular: 'Answer', plural: 'Answers' },
      fields: [
        { name: 'question', type: 'relationship', relationTo: 'discussion-questions', required: true },
        freeText('original', 'In the original language'),
        freeText('finnish', 'Finnish summary'),
      ],
    },
    freeText('generalObservations', 'General observations'),
    freeText('positiveExperiences', 'Positive experiences'),
    freeText('negativeExperiences', 'Negative experiences'),
    freeText('proposals', 'Proposals'),
  ],
}
