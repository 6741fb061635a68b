'use client'

import { useEffect, useState } from 'react'

import { refusalMessage } from '../../http/refusalMessage'
import styles from './event.module.css'

type CardTally = { id: string; text: string; more: number; less: number; notes: { group: string; note: string }[] }
export type Tally = { cards: CardTally[]; groupsAnswered: string[] }

/** The tally's strings in the event's language; `groupsAnswered` holds `%GROUPS%` where the groups' names go. */
export type TallyMessages = {
  groupsAnswered: string
  none: string
  caption: string
  card: string
  more: string
  less: string
  notes: string
  network: string
}

/** The facilitator's screen: the tally per card, fetched again every few seconds while the event is open. */
export function TallyScreen({
  token,
  lang,
  initial,
  m,
}: {
  token: string
  lang: string
  initial: Tally
  m: TallyMessages
}) {
  const [tally, setTally] = useState(initial)
  const [error, setError] = useState('')
  useEffect(() => {
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`/api/event-board/${encodeURIComponent(token)}/tally?lang=${lang}`, {
          cache: 'no-store',
        })
        const json = await res.json()
        if (res.ok) {
          setTally(json as Tally)
          setError('')
        } else setError(refusalMessage(json) ?? m.network)
      } catch {
        setError(m.network)
      }
    }, 4000)
    return () => clearInterval(timer)
  }, [token, lang, m.network])
  return (
    <>
      <p role="status">{m.groupsAnswered.replace('%GROUPS%', tally.groupsAnswered.join(', ') || m.none)}</p>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <table className={styles.table}>
        <caption className={styles.meta}>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.card}</th>
            <th scope="col">{m.more}</th>
            <th scope="col">{m.less}</th>
            <th scope="col">{m.notes}</th>
          </tr>
        </thead>
        <tbody>
          {tally.cards.map((card) => (
            <tr key={card.id} data-card={card.id}>
              <th scope="row">{card.text}</th>
              <td className={styles.count} data-testid="more">
                {card.more}
              </td>
              <td className={styles.count} data-testid="less">
                {card.less}
              </td>
              <td>
                <ul>
                  {card.notes.map((n, i) => (
                    <li key={i}>
                      {n.group}: {n.note}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
