import { designTokensCss } from '@/portal/designTokensCss'

// Inline, the tokens were written into every page three times over (the page's head and, in its RSC
// payload, each not-found tree), 9 KB of each page (issue 13). As a file they are fetched once: pages
// link it by a content-named address (designTokensHref), so it may be kept for a year. Rendered per
// request because Next.js replaces a prerendered route's Cache-Control with its own (s-maxage only,
// which browsers do not keep); the answer is a constant string.
export const dynamic = 'force-dynamic'

export function GET() {
  return new Response(designTokensCss, {
    headers: {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  })
}
