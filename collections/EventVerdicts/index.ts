import type { CollectionConfig } from 'payload'

import { createsInOwnProject } from '../../src/access/createsInOwnProject'
import { either } from '../../src/access/either'
import { inCoordinatedProject } from '../../src/access/inCoordinatedProject'
import { isAdmin } from '../../src/access/isAdmin'
import { boardAnswerFields, boardAnswerIndexes, checkBoardAnswer } from '../../src/fields/boardAnswer'
import { copyProjectFrom, fromEvent } from '../../src/fields/copyProjectFrom'

/**
 * "More of this / less of that": one record per event, card and group, the only place a verdict is
 * stored. Boards write through the token endpoint (a group's second answer replaces its first); the
 * coordinator types in a paper board's verdicts here.
 */
export const EventVerdicts: CollectionConfig = {
  slug: 'event-verdicts',
  admin: {
    useAsTitle: 'group',
    defaultColumns: ['event', 'card', 'group', 'verdict', 'createdAt'],
    group: 'Projects',
    description:
      'Verdicts of the small groups: given on the facilitation board, or typed in here from a paper board (one per group and card).',
  },
  access: {
    read: either(isAdmin, inCoordinatedProject),
    create: either(isAdmin, createsInOwnProject('coordinator', fromEvent)),
    update: either(isAdmin, inCoordinatedProject),
    delete: either(isAdmin, inCoordinatedProject),
  },
  indexes: boardAnswerIndexes,
  hooks: { beforeValidate: [copyProjectFrom(fromEvent), checkBoardAnswer('event-verdicts')] },
  fields: [
    ...boardAnswerFields,
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
