import type { Payload } from 'payload'

export type SearchHit =
  | { kind: 'page'; slug: string; pageKind?: string; title: string; summary: string | null }
  | { kind: 'material'; slug: string; title: string; summary: string | null }
  | { kind: 'municipality'; slug: string; name: string; nameSv: string | null; region: string }

/**
 * Pages and materials whose title or summary/description contains the query,
 * in the visitor's language (Finnish where that language has no text), and
 * municipalities by their Finnish or Swedish name in any language (a visitor
 * reading Finnish may well type "Helsingfors"). `like` works the same on
 * SQLite, PostgreSQL and MongoDB; read as the public.
 */
export async function searchPortal(payload: Payload, lang: string, query: string): Promise<SearchHit[]> {
  const q = query.trim().slice(0, 100)
  if (!q) return []
  const common = {
    locale: lang as 'fi',
    fallbackLocale: 'fi' as const,
    overrideAccess: false,
    depth: 0,
    limit: 50,
    pagination: false as const,
  }
  const [pages, materials, municipalities] = await Promise.all([
    payload.find({ collection: 'pages', where: { or: [{ title: { like: q } }, { summary: { like: q } }] }, ...common }),
    payload.find({
      collection: 'materials',
      where: { or: [{ title: { like: q } }, { description: { like: q } }] },
      sort: 'order',
      ...common,
    }),
    payload.find({
      collection: 'municipalities',
      where: { or: [{ name: { like: q } }, { nameSv: { like: q } }] },
      sort: 'name',
      ...common,
      select: { name: true, nameSv: true, slug: true, region: true },
    }),
  ])
  return [
    ...municipalities.docs.map((m) => ({
      kind: 'municipality' as const,
      slug: m.slug,
      name: m.name,
      nameSv: m.nameSv ?? null,
      region: m.region,
    })),
    ...pages.docs.map((p) => ({
      kind: 'page' as const,
      slug: p.slug,
      pageKind: p.kind,
      title: p.title,
      summary: p.summary ?? null,
    })),
    ...materials.docs.map((m) => ({
      kind: 'material' as const,
      slug: m.slug,
      title: m.title,
      summary: m.description ?? null,
    })),
  ]
}
