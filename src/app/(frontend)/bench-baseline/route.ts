// The bench's yardstick: the same server answering a tiny fixed page without
// React or the database, so the portal pages are measured as a ratio to it.
// It exists only on a server the bench starts (PORTAL_BENCH=1); everywhere
// else it is the same 404 as any unknown address.
export const dynamic = 'force-dynamic'

const html =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head><body><p>baseline</p></body></html>'

export function GET() {
  if (process.env.PORTAL_BENCH !== '1') return new Response(null, { status: 404 })
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
