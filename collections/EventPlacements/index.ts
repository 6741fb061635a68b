import type { CollectionConfig } from 'payload'

import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { isAdmin } from '../../src/access/isAdmin'
import { projectField } from '../../src/fields/projectField'
import { setProjectFromEvent } from '../FeedbackResponses/hooks/setProjectFromEvent'

const position = (name: string) => ({ name, type: 'number' as const, required: true, min: -1, max: 1 })

/**
 * Where a small group placed a card on the coordinate grid. One record per
 * group and card, so groups placing at the same time never overwrite each other.
 */
export const EventPlacements: CollectionConfig = {
  slug: 'event-placements',
  admin: {
    useAsTitle: 'group',
    defaultColumns: ['event', 'card', 'group', 'x', 'y'],
    group: 'Projects',
    description: 'Card placements the small groups made on the coordinate grid.',
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
    position('x'),
    position('y'),
  ],
}
