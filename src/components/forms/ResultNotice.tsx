import type { ReactNode } from 'react'

/** The page a form lands on after a plain POST: a heading and what happens next. */
export function ResultNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main">
      <h1>{title}</h1>
      <div role="status">{children}</div>
    </main>
  )
}
