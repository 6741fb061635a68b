import type { Field, GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { translationStatusField } from '../../fields/translationStatus'
import { queueLibraryRegeneration } from '../library/queueLibraryRegeneration'
import defaults from './defaultTexts'

/** Long texts are paragraphs separated by blank lines; everything else is a short label. */
const longTexts = new Set(['letter', 'facilitatorGuidance', 'scribeGuidance', 'text'])

const groupDescriptions: Record<string, string> = {
  invitation:
    'The invitation pack: the model letter, the labels of its blanks and the guidance for facilitators and scribes.',
  scribeForm: 'Headings and labels of the scribe reporting form.',
  eventInvitation: 'The decision-maker event invitation (Finnish and Swedish).',
  grid: 'The coordinate grid slide: its title and axis labels (Finnish and Swedish).',
}

// The field list follows the Finnish defaults, so a text added there appears in the admin.
const groups: Field[] = Object.entries(defaults.texts.fi).map(([group, texts]) => ({
  name: group,
  type: 'group',
  admin: { description: groupDescriptions[group] },
  fields: Object.keys(texts).map((name): Field =>
    longTexts.has(name)
      ? { name, type: 'textarea', localized: true, maxLength: 8000 }
      : { name, type: 'text', localized: true, maxLength: 300 },
  ),
}))

/** Texts of the generated documents, editable and localized; changing them regenerates the library. */
export const DocumentTexts: GlobalConfig = {
  slug: 'document-texts',
  label: 'Document texts',
  admin: {
    group: 'Toolkit content',
    description:
      'Texts of the Word and PowerPoint materials the portal generates. Saving regenerates the material library in the background.',
  },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [queueLibraryRegeneration] },
  fields: [
    ...groups,
    translationStatusField({
      localized: true,
      admin: { position: 'sidebar', description: 'How far this language version of the texts can be trusted.' },
    }),
  ],
}
