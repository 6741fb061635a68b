'use client'

import { useState } from 'react'

import styles from '../event.module.css'
import { StatusLine } from './StatusLine'
import { type Axis, type BoardCard, type BoardMessages, type Place, scale, type ScaleValue } from './types'
import type { BoardState } from './useBoard'

/** One card's place on both axes, chosen with two plain selects so no mouse is needed. */
function PlaceCard({
  board,
  card,
  index,
  label,
  m,
}: {
  board: BoardState
  card: BoardCard
  index: number
  label: string
  m: BoardMessages['grid']
}) {
  const [place, setPlace] = useState<Place>(board.places[card.id] ?? { x: 0, y: 0 })
  return (
    <form
      className={styles.fieldset}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault()
        void board.place(index, place)
      }}
    >
      <p>
        <strong>{index + 1}.</strong> {card.text}
      </p>
      <div className={styles.row}>
        {(['x', 'y'] as const satisfies Axis[]).map((axis) => (
          <div className={styles.field} key={axis}>
            <label htmlFor={`place-${axis}-${card.id}`}>{m.axis[axis]}</label>
            <select
              id={`place-${axis}-${card.id}`}
              value={String(place[axis])}
              onChange={(e) => setPlace((p) => ({ ...p, [axis]: Number(e.target.value) as ScaleValue }))}
            >
              {scale.map((v) => (
                <option key={v} value={String(v)}>
                  {m.places[axis][`${v}`]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" className={styles.button}>
        {m.place}
      </button>
    </form>
  )
}

/** Step 3: the coordinate grid; each card placed and saved on its own, the saved places drawn as dots. */
export function GridStep({
  board,
  cards,
  m,
  cardPrefix,
}: {
  board: BoardState
  cards: BoardCard[]
  m: BoardMessages['grid']
  cardPrefix: string
}) {
  return (
    <section aria-labelledby="grid-title">
      <h2 id="grid-title">{m.title}</h2>
      <p>{m.help}</p>
      <p className={styles.hint}>{m.axis.x}</p>
      <p className={styles.hint}>{m.axis.y}</p>
      <StatusLine status={board.status} error={board.error} />
      {cards.map((card, i) => (
        <PlaceCard key={card.id} board={board} card={card} index={i} label={`${cardPrefix} ${i + 1}`} m={m} />
      ))}
      <div className={styles.grid} aria-hidden="true">
        {cards.map((card, i) => {
          const saved = board.places[card.id]
          return saved ? (
            <span
              key={card.id}
              className={styles.dot}
              style={{ insetInlineStart: `${((saved.x + 1) / 2) * 100}%`, bottom: `${((saved.y + 1) / 2) * 100}%` }}
            >
              {i + 1}
            </span>
          ) : null
        })}
      </div>
      <button type="button" className={`${styles.button} ${styles.secondary}`} onClick={board.toCards}>
        {m.toCards}
      </button>
    </section>
  )
}
