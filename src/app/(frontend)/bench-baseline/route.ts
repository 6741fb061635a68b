// The bench's yardstick: the same server answering a tiny fixed page without
// React or the database, so the portal pages are measured as a ratio to it.
export const dynamic = 'force-static'

const html =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head><body><p>baseline</p></body></html>'

export function GET() {
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
