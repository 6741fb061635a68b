/**
 * The languages an Accept-Language header asks for, most wanted first (by
 * q-value, then by order), as lower-case primary subtags: `sv-FI;q=0.9` is `sv`.
 * Tags with q=0 are refused by the browser and left out.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return []
  return header
    .slice(0, 1000)
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, order }
    })
    .filter((w) => w.base && w.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map((w) => w.base)
}
