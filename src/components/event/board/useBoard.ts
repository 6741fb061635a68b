'use client'

import { useState } from 'react'

import { refusalMessage } from '../../../http/refusalMessage'
import type { BoardData, BoardMessages, Place, Verdict } from './types'

/**
 * The board's state and its conversation with the server: the group, the
 * step, the current card, each card's verdict, note and place, and the last
 * status or error. Each answer is sent at once; the state changes only when
 * the server has kept it.
 */
export function useBoard({ token, lang, data, m }: { token: string; lang: string; data: BoardData; m: BoardMessages }) {
  const [group, setGroup] = useState('')
  const [step, setStep] = useState<'group' | 'cards' | 'grid'>('group')
  const [index, setIndex] = useState(0)
  const [verdicts, setVerdicts] = useState<Record<string, Verdict>>({})
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [places, setPlaces] = useState<Record<string, Place>>({})
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function send(path: 'verdicts' | 'placements', body: object): Promise<boolean> {
    setError('')
    try {
      const res = await fetch(`/api/event-board/${encodeURIComponent(token)}/${path}?lang=${lang}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (res.ok) return true
      setError(refusalMessage(await res.json().catch(() => null)) ?? m.errors.invalid)
    } catch {
      setError(m.errors.network)
    }
    return false
  }

  const cardLabel = (i: number) => `${m.cardPrefix} ${i + 1}`

  return {
    group,
    setGroup,
    step,
    start: () => group.trim() && setStep('cards'),
    toGrid: () => setStep('grid'),
    toCards: () => setStep('cards'),
    index,
    setIndex,
    verdicts,
    notes,
    setNote: (card: string, note: string) => setNotes((n) => ({ ...n, [card]: note })),
    places,
    status,
    error,
    allAnswered: Object.keys(verdicts).length === data.cards.length,
    async give(verdict: Verdict) {
      const card = data.cards[index]
      if (await send('verdicts', { card: card.id, group, verdict, note: notes[card.id] ?? '' })) {
        setVerdicts((v) => ({ ...v, [card.id]: verdict }))
        setStatus(`${cardLabel(index)}: ${m.card.saved[verdict]}`)
      }
    },
    async place(i: number, place: Place) {
      const card = data.cards[i]
      if (await send('placements', { card: card.id, group, ...place })) {
        setPlaces((p) => ({ ...p, [card.id]: place }))
        setStatus(`${cardLabel(i)}: ${m.grid.placed}`)
      }
    },
  }
}

export type BoardState = ReturnType<typeof useBoard>
