import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { queueLibraryRegeneration } from '../../src/documents/library/queueLibraryRegeneration'
import { translationStatusField } from '../../src/fields/translationStatus'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'

export const DiscussionQuestions: CollectionConfig = {
  slug: 'discussion-questions',
  admin: { useAsTitle: 'text', defaultColumns: ['text', 'theme', 'order'], group: 'Toolkit content' },
  defaultSort: 'order',
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    afterChange: [queueLibraryRegeneration],
    beforeDelete: [refuseDeleteWhileUsed],
  },
  fields: [
    { name: 'theme', type: 'relationship', relationTo: 'themes', required: true, index: true },
    { name: 'order', type: 'number', required: true, defaultValue: 1, min: 1 },
    { name: 'text', type: 'textarea', required: true, localized: true, maxLength: 1000 },
    {
      name: 'facilitatorNote',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      admin: { description: 'Guidance for the facilitator: what the question is after, follow-up prompts.' },
    },
    translationStatusField({
      localized: true,
      admin: { position: 'sidebar', description: 'How far this language version of the text can be trusted.' },
    }),
  ],
}
