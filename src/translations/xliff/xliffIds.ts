/**
 * A unit's id names the text it holds: `<collection>:<documentId>:<fieldPath>`,
 * or `<global>:global:<fieldPath>`. XLIFF 2.0 ids are NMTOKENs (no slashes), so
 * the parts are joined with colons; slugs and paths never contain one.
 */
export const unitId = (slug: string, id: string, path: string) => `${slug}:${id}:${path}`

export const globalDocId = 'global'

export function parseUnitId(id: string): { slug: string; id: string; path: string } | null {
  const m = /^([a-z0-9-]+):([A-Za-z0-9-]+):([A-Za-z0-9_.]+)$/.exec(id)
  return m ? { slug: m[1], id: m[2], path: m[3] } : null
}
