import type { ReactNode } from 'react'

/**
 * The bench yardstick's own bare document: none of the portal's layout,
 * styles, translations or data, so that the portal's pages are measured
 * against what Next.js itself costs for a page.
 */
export default function BenchBaselineLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
