import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin'
import { uploadDir } from '../../src/config/uploadDir'
import { contentLocales } from '../../src/i18n/locales'

export const documentMimeTypes = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/pdf',
]

export const Files: CollectionConfig = {
  slug: 'files',
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'title', 'language', 'filesize', 'updatedAt'],
    group: 'Toolkit content',
  },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  upload: {
    staticDir: uploadDir('files'),
    mimeTypes: documentMimeTypes,
  },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 200 },
    {
      name: 'language',
      type: 'select',
      options: contentLocales.map((l) => ({ label: `${l.nativeName} (${l.code})`, value: l.code })),
      admin: { description: 'The language the document is written in.' },
    },
  ],
}
