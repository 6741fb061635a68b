import type { Payload, Where } from 'payload'
import { cache } from 'react'

import { sitePath } from '../http/sitePath'
import { defaultLocale } from '../i18n/locales'
import type { File as FileDoc, Material } from '../payload-types'
import { fileFormat } from './fileFormat'
import { readWithFallback } from './readWithFallback'

export type MaterialVersionView = {
  language: string
  status: 'missing' | 'draft' | 'reviewed' | 'outdated'
  file: { url: string; filename: string; size: number; format: string } | null
}

export type MaterialView = {
  id: string
  slug: string
  title: string
  description: string | null
  part: string
  kind: string
  /** Localized fields shown in Finnish. */
  fellBack: Set<string>
  /** A fallen-back text counts as missing. */
  status: 'missing' | 'draft' | 'reviewed' | 'outdated'
  versions: MaterialVersionView[]
}

export type MaterialFilter = { slug?: string; language?: string; format?: string }

function toVersion(v: NonNullable<Material['versions']>[number]): MaterialVersionView {
  const file = v.file && typeof v.file === 'object' ? (v.file as FileDoc) : null
  return {
    language: v.language,
    status: (v.translationStatus ?? 'draft') as MaterialVersionView['status'],
    file:
      file && file.url
        ? {
            url: sitePath(file.url),
            filename: file.filename ?? '',
            size: file.filesize ?? 0,
            format: fileFormat(file.mimeType, file.filename),
          }
        : null,
  }
}

/**
 * Published materials in the visitor's language, in library order. A language
 * filter keeps the materials that have a version in that language; a format
 * filter keeps those with a file of that format (in the chosen language, if any).
 */
export function loadMaterials(payload: Payload, lang: string, filter: MaterialFilter = {}): Promise<MaterialView[]> {
  return loadMaterialsOnce(payload, lang, filter.slug, filter.language, filter.format)
}

/** Once per request for the same arguments (a material's metadata and its page ask alike); plain values, as React's cache compares them. */
const loadMaterialsOnce = cache(async function loadMaterialsOnce(
  payload: Payload,
  lang: string,
  slug: string | undefined,
  language: string | undefined,
  format: string | undefined,
): Promise<MaterialView[]> {
  const filter: MaterialFilter = { slug, language, format }
  const where: Where = filter.slug ? { slug: { equals: filter.slug } } : {}
  const { docs, fellBack } = await readWithFallback<Material>(payload, {
    collection: 'materials',
    where,
    lang,
    localizedFields: ['title', 'description', 'translationStatus'],
    sort: 'order',
  })
  const views = docs.map((m): MaterialView => {
    const missing = new Set(fellBack.get(String(m.id)) ?? [])
    const status = missing.has('title') ? 'missing' : ((m.translationStatus ?? 'draft') as MaterialView['status'])
    missing.delete('translationStatus')
    if (lang === defaultLocale) missing.clear()
    return {
      id: String(m.id),
      slug: m.slug,
      title: m.title,
      description: m.description ?? null,
      part: m.part,
      kind: m.kind,
      fellBack: missing,
      status,
      versions: (m.versions ?? []).map(toVersion),
    }
  })
  return views.filter((m) => {
    const inLanguage = filter.language ? m.versions.filter((v) => v.language === filter.language) : m.versions
    if (filter.language && !inLanguage.length) return false
    if (filter.format && !inLanguage.some((v) => v.file?.format === filter.format)) return false
    return true
  })
})
