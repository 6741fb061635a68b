import type { Field, SanitizedConfig } from 'payload'

import { localizedTextPaths } from './localizedTextPaths'

export type TranslatableSource = {
  kind: 'collection' | 'global'
  slug: string
  /** Localized plain-text fields: exported to XLIFF and checked for missing translations. */
  textPaths: string[]
  /** Localized rich text: counted for missing translations, left out of XLIFF (translated in the admin). */
  richTextPaths: string[]
  titlePath?: string
  drafts: boolean
}

const hasLocalizedStatus = (fields: Field[]) =>
  fields.some((f) => 'name' in f && f.name === 'translationStatus' && 'localized' in f && f.localized)

function richTextPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((f): string[] => {
    if (f.type === 'richText' && f.localized) return [`${prefix}${f.name}`]
    if (f.type === 'group' && 'name' in f && f.name) return richTextPaths(f.fields, `${prefix}${f.name}.`)
    return []
  })
}

/**
 * Every collection and global whose texts carry a per-language translation
 * status (pages, themes, discussion questions, materials, document texts, and any
 * added later), read from the live config so the overview and XLIFF follow it.
 */
export function translatableSources(config: SanitizedConfig): TranslatableSource[] {
  const out: TranslatableSource[] = []
  for (const c of config.collections) {
    if (!hasLocalizedStatus(c.fields)) continue
    const all = localizedTextPaths(c.fields)
    const rich = richTextPaths(c.fields)
    out.push({
      kind: 'collection',
      slug: c.slug,
      textPaths: all.filter((p) => !rich.includes(p)),
      richTextPaths: rich,
      titlePath: typeof c.admin?.useAsTitle === 'string' ? c.admin.useAsTitle : undefined,
      drafts: Boolean(c.versions && typeof c.versions === 'object' && c.versions.drafts),
    })
  }
  for (const g of config.globals) {
    if (!hasLocalizedStatus(g.fields)) continue
    const all = localizedTextPaths(g.fields)
    const rich = richTextPaths(g.fields)
    out.push({
      kind: 'global',
      slug: g.slug,
      textPaths: all.filter((p) => !rich.includes(p)),
      richTextPaths: rich,
      drafts: Boolean(g.versions && typeof g.versions === 'object' && g.versions.drafts),
    })
  }
  return out
}
