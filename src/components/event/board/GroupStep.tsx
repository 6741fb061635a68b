'use client'

import styles from '../event.module.css'
import type { BoardMessages } from './types'
import type { BoardState } from './useBoard'

/** Step 1: the small group says who it is (from the event's list when it has one). */
export function GroupStep({ board, groups, m }: { board: BoardState; groups: string[]; m: BoardMessages['group'] }) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        board.start()
      }}
    >
      <p>{m.intro}</p>
      <div className={styles.field}>
        <label htmlFor="board-group">{m.label}</label>
        {groups.length > 0 ? (
          <select id="board-group" required value={board.group} onChange={(e) => board.setGroup(e.target.value)}>
            <option value="">{m.choose}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        ) : (
          <input
            id="board-group"
            required
            maxLength={100}
            value={board.group}
            onChange={(e) => board.setGroup(e.target.value)}
          />
        )}
      </div>
      <button type="submit" className={styles.button}>
        {m.start}
      </button>
    </form>
  )
}
