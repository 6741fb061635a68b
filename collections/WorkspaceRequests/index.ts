import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { serverOnlyField } from '../../src/email/serverOnlyField'
import { interfaceLanguageOptions } from '../../src/fields/interfaceLanguageOptions'
import { notifyApplicant } from './hooks/notifyApplicant'
import { stampDecision } from './hooks/stampDecision'

export const WorkspaceRequests: CollectionConfig = {
  slug: 'workspace-requests',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'organization', 'status', 'createdAt'],
    group: 'Mailing list',
    description: 'Requests to join the partners’ shared workspace. Decided requests are deleted after 90 days.',
  },
  access: { read: isEditorOrAdmin, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: { beforeChange: [stampDecision], afterChange: [notifyApplicant] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'email', type: 'email', required: true },
    { name: 'organization', type: 'text', required: true, maxLength: 200 },
    { name: 'municipality', type: 'text', maxLength: 100 },
    { name: 'role', type: 'text', maxLength: 200 },
    { name: 'reason', label: 'Why they want to join', type: 'textarea', maxLength: 2000 },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'fi',
      options: interfaceLanguageOptions,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: [
        { label: 'Waiting for a decision', value: 'pending' },
        { label: 'Approved', value: 'approved' },
        { label: 'Rejected', value: 'rejected' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'decidedAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'notifiedAt',
      type: 'date',
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'When the applicant was told the decision (sent once).',
      },
    },
  ],
}
