import type { ReactNode } from 'react'

/** The page a form lands on after a plain POST: a heading and what happens next. */
export function ResultNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <div role="status" className="result-notice">
        {children}
      </div>
    </>
  )
}
