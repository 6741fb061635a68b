import type { CollectionConfig } from 'payload'

import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { isAdmin } from '../../src/access/isAdmin'
import { projectField } from '../../src/fields/projectField'
import { setProjectFromEvent } from '../FeedbackResponses/hooks/setProjectFromEvent'

/**
 * "More of this / less of that" from the small groups' boards. One record per
 * verdict (not rows in the event) so groups answering at the same moment never
 * overwrite each other. Boards write through the token endpoint; people only read.
 */
export const EventVerdicts: CollectionConfig = {
  slug: 'event-verdicts',
  admin: {
    useAsTitle: 'group',
    defaultColumns: ['event', 'card', 'group', 'verdict', 'createdAt'],
    group: 'Projects',
    description: 'Verdicts the small groups gave on the facilitation board.',
  },
  access: {
    read: either(isAdmin, inCoordinatedProject),
    create: isAdmin,
    update: isAdmin,
    delete: either(isAdmin, inCoordinatedProject),
  },
  hooks: { beforeValidate: [setProjectFromEvent] },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'decision-events', required: true, index: true },
    projectField({ admin: { position: 'sidebar', readOnly: true } }),
    { name: 'card', type: 'relationship', relationTo: 'experience-cards', required: true, index: true },
    { name: 'group', type: 'text', required: true, maxLength: 100 },
    {
      name: 'verdict',
      type: 'select',
      required: true,
      options: [
        { label: 'More of this', value: 'more' },
        { label: 'Less of that', value: 'less' },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 2000 },
  ],
}
