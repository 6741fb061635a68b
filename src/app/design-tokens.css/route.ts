import { designTokensCss } from '@/portal/designTokensCss'

// Made once at build and served as a file: inline, the tokens were written into every page three times
// over (the page's head and, in its RSC payload, each not-found tree), 9 KB of each page (issue 13).
export const dynamic = 'force-static'

export function GET() {
  return new Response(designTokensCss, { headers: { 'content-type': 'text/css; charset=utf-8' } })
}
