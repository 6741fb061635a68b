import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { publishedOrEditor } from '../../src/access/publishedOrEditor'
import { slugField } from '../../src/fields/slugField'
import { translationStatusField } from '../../src/fields/translationStatus'
import { revalidatePage } from './hooks/revalidatePage'

export const pageKinds = [
  { label: 'Home', value: 'home' },
  { label: 'Toolkit part', value: 'toolkit-part' },
  { label: 'How to start', value: 'how-to-start' },
  { label: 'For residents', value: 'residents' },
  { label: 'Contacts', value: 'contacts' },
  { label: 'Privacy notice', value: 'privacy' },
  { label: 'Accessibility statement', value: 'accessibility' },
  { label: 'Other', value: 'other' },
]

export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'slug', '_status', 'updatedAt'],
    group: 'Toolkit content',
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrEditor,
    readVersions: isEditorOrAdmin,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    afterChange: [revalidatePage],
    afterDelete: [revalidatePage],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      admin: { description: 'One or two sentences for lists, search results and the page description.' },
    },
    { name: 'content', type: 'richText', localized: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: pageKinds,
      admin: { position: 'sidebar' },
    },
    {
      name: 'part',
      type: 'select',
      options: [
        { label: 'Discussion sessions', value: 'sessions' },
        { label: 'Decision-maker event', value: 'event' },
        { label: 'Monitoring and impact evaluation', value: 'monitoring' },
      ],
      admin: { position: 'sidebar', condition: (data) => data?.kind === 'toolkit-part' },
    },
    slugField('title'),
    translationStatusField({
      localized: true,
      admin: { position: 'sidebar', description: 'How far this language version of the text can be trusted.' },
    }),
  ],
}
