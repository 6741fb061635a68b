import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'

/** Site-wide choices about translations; the portal reads them through isTranslationVisible. */
export const TranslationSettings: GlobalConfig = {
  slug: 'translation-settings',
  label: 'Translation settings',
  admin: { group: 'Toolkit content' },
  access: { read: anyone, update: isEditorOrAdmin },
  fields: [
    {
      name: 'publishDraftTranslations',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        description:
          'Off: visitors see a draft translation’s language only once it is reviewed; the Finnish text is shown instead. On: drafts are shown with a mark saying they are drafts.',
      },
    },
  ],
}
