'use client'

import { CardStep } from './CardStep'
import { GridStep } from './GridStep'
import { GroupStep } from './GroupStep'
import type { BoardData, BoardMessages } from './types'
import { useBoard } from './useBoard'

/**
 * The small groups' board on a phone or tablet: the group says who it is,
 * then goes through the cards one at a time, then places them on the
 * coordinate grid. The state and the server live in useBoard; each step is
 * its own component.
 */
export function BoardApp({ token, lang, data, m }: { token: string; lang: string; data: BoardData; m: BoardMessages }) {
  const board = useBoard({ token, lang, data, m })
  if (data.cards.length === 0) return <p>{m.noCards}</p>
  if (board.step === 'group') return <GroupStep board={board} groups={data.groups} m={m.group} />
  if (board.step === 'grid') return <GridStep board={board} cards={data.cards} m={m.grid} cardPrefix={m.cardPrefix} />
  return <CardStep board={board} cards={data.cards} m={m.card} />
}
