import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { isAdmin } from '../../src/access/isAdmin'
import { boardAnswerFields, boardAnswerIndexes, checkBoardAnswer } from '../../src/fields/boardAnswer'
import { copyProjectFrom, fromEvent } from '../../src/fields/copyProjectFrom'

const position = (name: string) => ({
  name,
  type: 'number' as const,
  required: true,
  min: -1,
  max: 1,
  admin: { step: 0.1, description: 'From -1 to 1.' },
})

/**
 * Where a small group placed a card on the coordinate grid: one record per event, card and group,
 * the only place a placement is stored. Boards write through the token endpoint; the coordinator
 * types in a paper grid's placements here.
 */
export const EventPlacements: CollectionConfig = {
  slug: 'event-placements',
  admin: {
    useAsTitle: 'group',
    defaultColumns: ['event', 'card', 'group', 'x', 'y'],
    group: 'Projects',
    description:
      'Card placements of the small groups on the coordinate grid: made on the board, or typed in here from a paper grid.',
  },
  access: {
    read: either(isAdmin, inCoordinatedProject),
    create: either(isAdmin, createsInOwnProject('coordinator', fromEvent)),
    update: either(isAdmin, inCoordinatedProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  indexes: boardAnswerIndexes,
  hooks: { beforeValidate: [copyProjectFrom(fromEvent), checkBoardAnswer('event-placements')] },
  fields: [...boardAnswerFields, { type: 'row', fields: [position('x'), position('y')] }],
}
