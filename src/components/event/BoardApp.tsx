'use client'

import { useState } from 'react'

import { refusalMessage } from '../../http/refusalMessage'
import styles from './event.module.css'

export type BoardCard = { id: string; text: string; theme: string; tone: 'positive' | 'negative' }
export type BoardData = {
  title: string
  groups: string[]
  axes: { xLow: string; xHigh: string; yLow: string; yHigh: string }
  cards: BoardCard[]
}
type Verdict = 'more' | 'less'

const SCALE = [-1, -0.5, 0, 0.5, 1] as const

/**
 * The small groups' board on a phone or tablet: one card at a time, two big
 * buttons, an optional note, then the coordinate grid with plain selects so
 * every placement can be made without a mouse. Each answer is sent at once.
 */
export function BoardApp({
  token,
  lang,
  data,
  m,
}: {
  token: string
  lang: string
  data: BoardData
  m: Record<string, string>
}) {
  const [group, setGroup] = useState('')
  const [started, setStarted] = useState(false)
  const [step, setStep] = useState<'cards' | 'grid'>('cards')
  const [index, setIndex] = useState(0)
  const [verdicts, setVerdicts] = useState<Record<string, Verdict>>({})
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [places, setPlaces] = useState<Record<string, { x: number; y: number }>>({})
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function send(path: string, body: object): Promise<boolean> {
    setError('')
    try {
      const res = await fetch(`/api/event-board/${encodeURIComponent(token)}/${path}?lang=${lang}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (res.ok) return true
      const json = (await res.json().catch(() => null)) as { message?: string } | null
      setError(refusalMessage(json) ?? m.invalid)
    } catch {
      setError(m.network)
    }
    return false
  }

  if (data.cards.length === 0) return <p>{m.noCards}</p>

  if (!started) {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (group.trim()) setStarted(true)
        }}
      >
        <p>{m.intro}</p>
        <div className={styles.field}>
          <label htmlFor="board-group">{m.groupLabel}</label>
          {data.groups.length > 0 ? (
            <select id="board-group" required value={group} onChange={(e) => setGroup(e.target.value)}>
              <option value="">{m.chooseGroup}</option>
              {data.groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          ) : (
            <input id="board-group" required maxLength={100} value={group} onChange={(e) => setGroup(e.target.value)} />
          )}
        </div>
        <button type="submit" className={styles.button}>
          {m.start}
        </button>
      </form>
    )
  }

  if (step === 'grid') {
    return (
      <section aria-labelledby="grid-title">
        <h2 id="grid-title">{m.gridTitle}</h2>
        <p>{m.gridHelp}</p>
        <p className={styles.hint}>{m.xAxis}</p>
        <p className={styles.hint}>{m.yAxis}</p>
        <p className={styles.status} role="status">
          {status}
        </p>
        {error && (
          <p className={styles.error} role="alert">
            {error}
          </p>
        )}
        {data.cards.map((card, i) => {
          const place = places[card.id] ?? { x: 0, y: 0 }
          const set = (axis: 'x' | 'y', value: number) =>
            setPlaces((p) => ({ ...p, [card.id]: { ...place, [axis]: value } }))
          return (
            <form
              key={card.id}
              className={styles.fieldset}
              aria-label={`${m.cardPrefix} ${i + 1}`}
              onSubmit={async (e) => {
                e.preventDefault()
                if (await send('placements', { card: card.id, group, ...place }))
                  setStatus(`${m.cardPrefix} ${i + 1}: ${m.placed}`)
              }}
            >
              <p>
                <strong>{i + 1}.</strong> {card.text}
              </p>
              <div className={styles.row}>
                {(['x', 'y'] as const).map((axis) => (
                  <div className={styles.field} key={axis}>
                    <label htmlFor={`place-${axis}-${card.id}`}>{axis === 'x' ? m.xAxis : m.yAxis}</label>
                    <select
                      id={`place-${axis}-${card.id}`}
                      value={String(place[axis])}
                      onChange={(e) => set(axis, Number(e.target.value))}
                    >
                      {SCALE.map((v) => (
                        <option key={v} value={String(v)}>
                          {m[`${axis}${v}`]}
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
        })}
        <div className={styles.grid} aria-hidden="true">
          {data.cards.map((card, i) =>
            places[card.id] ? (
              <span
                key={card.id}
                className={styles.dot}
                style={{
                  insetInlineStart: `${((places[card.id].x + 1) / 2) * 100}%`,
                  bottom: `${((places[card.id].y + 1) / 2) * 100}%`,
                }}
              >
                {i + 1}
              </span>
            ) : null,
          )}
        </div>
        <button type="button" className={`${styles.button} ${styles.secondary}`} onClick={() => setStep('cards')}>
          {m.toCards}
        </button>
      </section>
    )
  }

  const card = data.cards[index]
  const chosen = verdicts[card.id]
  const answerAll = Object.keys(verdicts).length === data.cards.length
  async function give(verdict: Verdict) {
    if (await send('verdicts', { card: card.id, group, verdict, note: notes[card.id] ?? '' })) {
      setVerdicts((v) => ({ ...v, [card.id]: verdict }))
      setStatus(`${m.cardPrefix} ${index + 1}: ${verdict === 'more' ? m.savedMore : m.savedLess}`)
    }
  }
  return (
    <section aria-labelledby="card-count">
      <h2 id="card-count">{m[`cardOf${index}`]}</h2>
      <article className={styles.card}>
        <p className={styles.cardText}>{card.text}</p>
        <p className={styles.meta}>
          {m.theme}: {card.theme} · {card.tone === 'positive' ? m.positive : m.negative}
        </p>
      </article>
      <div className={styles.field}>
        <label htmlFor={`note-${card.id}`}>{m.note}</label>
        <textarea
          id={`note-${card.id}`}
          aria-describedby="note-hint"
          rows={3}
          maxLength={2000}
          value={notes[card.id] ?? ''}
          onChange={(e) => setNotes((n) => ({ ...n, [card.id]: e.target.value }))}
        />
        <p id="note-hint" className={styles.hint}>
          {m.noteHint}
        </p>
      </div>
      <div className={styles.verdicts}>
        <button
          type="button"
          className={`${styles.big} ${styles.more}`}
          aria-pressed={chosen === 'more'}
          onClick={() => give('more')}
        >
          {m.more}
        </button>
        <button
          type="button"
          className={`${styles.big} ${styles.less}`}
          aria-pressed={chosen === 'less'}
          onClick={() => give('less')}
        >
          {m.less}
        </button>
      </div>
      <p className={styles.status} role="status">
        {status}
      </p>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {answerAll && <p>{m.allDone}</p>}
      <div className={styles.row}>
        <button
          type="button"
          className={`${styles.button} ${styles.secondary}`}
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          {m.previous}
        </button>
        <button
          type="button"
          className={styles.button}
          disabled={index === data.cards.length - 1}
          onClick={() => setIndex(index + 1)}
        >
          {m.next}
        </button>
      </div>
      <button type="button" className={`${styles.button} ${styles.secondary}`} onClick={() => setStep('grid')}>
        {m.toGrid}
      </button>
    </section>
  )
}
