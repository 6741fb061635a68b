import type { TranslatableSource } from '../../translations/translatableSources'

/** The admin edit view of a text in one content language. */
export function editUrl(adminRoute: string, source: TranslatableSource, id: string, locale: string): string {
  return source.kind === 'global'
    ? `${adminRoute}/globals/${source.slug}?locale=${locale}`
    : `${adminRoute}/collections/${source.slug}/${encodeURIComponent(id)}?locale=${locale}`
}
