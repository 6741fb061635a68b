'use client'

import styles from '../event.module.css'
import { StatusLine } from './StatusLine'
import type { BoardCard, BoardMessages } from './types'
import type { BoardState } from './useBoard'

/** Step 2: one card at a time, "more of this" or "less of that" with an optional note. */
export function CardStep({ board, cards, m }: { board: BoardState; cards: BoardCard[]; m: BoardMessages['card'] }) {
  const { index } = board
  const card = cards[index]
  const chosen = board.verdicts[card.id]
  return (
    <section aria-labelledby="card-count">
      <h2 id="card-count">{m.countOf[index]}</h2>
      <article className={styles.card}>
        <p className={styles.cardText}>{card.text}</p>
        <p className={styles.meta}>
          {m.theme}: {card.theme} · {m.tone[card.tone]}
        </p>
      </article>
      <div className={styles.field}>
        <label htmlFor={`note-${card.id}`}>{m.note}</label>
        <textarea
          id={`note-${card.id}`}
          aria-describedby="note-hint"
          rows={3}
          maxLength={2000}
          value={board.notes[card.id] ?? ''}
          onChange={(e) => board.setNote(card.id, e.target.value)}
        />
        <p id="note-hint" className={styles.hint}>
          {m.noteHint}
        </p>
      </div>
      <div className={styles.verdicts}>
        {(['more', 'less'] as const).map((verdict) => (
          <button
            key={verdict}
            type="button"
            className={`${styles.big} ${styles[verdict]}`}
            aria-pressed={chosen === verdict}
            onClick={() => board.give(verdict)}
          >
            {m.verdict[verdict]}
          </button>
        ))}
      </div>
      <StatusLine status={board.status} error={board.error} />
      {board.allAnswered && <p>{m.allDone}</p>}
      <div className={styles.row}>
        <button
          type="button"
          className={`${styles.button} ${styles.secondary}`}
          disabled={index === 0}
          onClick={() => board.setIndex(index - 1)}
        >
          {m.previous}
        </button>
        <button
          type="button"
          className={styles.button}
          disabled={index === cards.length - 1}
          onClick={() => board.setIndex(index + 1)}
        >
          {m.next}
        </button>
      </div>
      <button type="button" className={`${styles.button} ${styles.secondary}`} onClick={board.toGrid}>
        {m.toGrid}
      </button>
    </section>
  )
}
