import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { publishedOrEditor } from '../../src/access/publishedOrEditor'
import { slugField } from '../../src/fields/slugField'
import { toolkitPartField } from '../../src/fields/toolkitPart'
import { translationStatusField } from '../../src/fields/translationStatus'
import { contentLocales } from '../../src/i18n/locales'
import { outdateMaterialVersions } from '../../src/translations/outdateMaterialVersions'
import type { TranslationTrackingOptions } from '../../src/translations/trackTranslationsPlugin'
import { refuseDuplicateLanguages } from './hooks/refuseDuplicateLanguages'
import { revalidateMaterial } from './hooks/revalidateMaterial'

export const materialKinds = [
  { label: 'Scribe reporting form', value: 'scribe-form' },
  { label: 'Invitation letter, questions and guidance', value: 'invitation-pack' },
  { label: 'Decision-maker event invitation', value: 'event-invitation' },
  { label: 'Coordinate grid', value: 'coordinate-grid' },
  { label: 'Experience card template', value: 'card-template' },
  { label: 'Results presentation', value: 'results-presentation' },
  { label: 'Guidance', value: 'guidance' },
  { label: 'Other', value: 'other' },
]

export const Materials: CollectionConfig = {
  slug: 'materials',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'part', 'kind', 'versions', '_status', 'updatedAt'],
    group: 'Toolkit content',
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrEditor,
    readVersions: isEditorOrAdmin,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  // A new Finnish source also outdates the reviewed files in other languages (src/translations/trackTranslationsPlugin).
  custom: { translationTracking: { alsoOutdate: outdateMaterialVersions } satisfies TranslationTrackingOptions },
  hooks: {
    beforeValidate: [refuseDuplicateLanguages],
    afterChange: [revalidateMaterial],
    afterDelete: [revalidateMaterial],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
    toolkitPartField(),
    { name: 'kind', type: 'select', required: true, options: materialKinds, admin: { position: 'sidebar' } },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
    {
      name: 'versions',
      label: 'Language versions',
      type: 'array',
      labels: { singular: 'Language version', plural: 'Language versions' },
      admin: { description: 'One file per language, with an honest translation status.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'language',
              type: 'select',
              required: true,
              options: contentLocales.map((l) => ({ label: `${l.nativeName} (${l.code})`, value: l.code })),
            },
            translationStatusField(),
          ],
        },
        { name: 'file', type: 'upload', relationTo: 'files' },
        {
          name: 'generated',
          type: 'checkbox',
          defaultValue: false,
          admin: { readOnly: true, description: 'Produced by the portal from the questions and texts.' },
        },
      ],
    },
    slugField('title'),
    translationStatusField({
      localized: true,
      admin: { position: 'sidebar', description: 'How far this language version of the text can be trusted.' },
    }),
  ],
}
