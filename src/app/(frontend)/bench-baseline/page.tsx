// The bench's yardstick (bench/portal.bench.mjs): a bare Next.js page that
// renders a small React component for each request, as the portal's pages
// are rendered (each gets its own CSP nonce), without the database. The
// portal's pages are measured as a ratio to it. It exists only on a server
// the bench starts (PORTAL_BENCH=1); elsewhere the proxy answers 404 before
// it is reached (src/proxy.ts), and this page refuses too. Bench-only: its
// words are not the portal's and are not translated.
import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { BenchBaseline } from './BenchBaseline'

export const metadata = { title: 'baseline' }

export default async function BenchBaselinePage() {
  await connection()
  if (process.env.PORTAL_BENCH !== '1') notFound()
  return <BenchBaseline items={['one', 'two', 'three']} />
}
