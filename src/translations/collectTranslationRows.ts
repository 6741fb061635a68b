import type { PayloadRequest } from 'payload'

import type { TranslationStatus } from '../fields/translationStatus'
import { contentLocaleCodes, defaultLocale } from '../i18n/locales'
import { valueAt } from './localizedTextPaths'
import { type TranslatableSource, translatableSources } from './translatableSources'

export type TranslationRow = {
  source: TranslatableSource
  /** Document id; the global's slug for a global. */
  id: string
  title: string
  part: string | null
  statuses: Record<string, TranslationStatus>
  /** The whole document with every locale (`locale: 'all'`), for XLIFF. */
  doc: Record<string, unknown>
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && !v.trim()) ||
  (typeof v === 'object' &&
    !Array.isArray(v) &&
    JSON.stringify(v).indexOf('"text":"') === -1 &&
    'root' in (v as object))

/** The parts of the toolkit each kind of text belongs to, for the overview's filter. */
const partOf = (slug: string, doc: Record<string, unknown>): string | null => {
  if (typeof doc.part === 'string') return doc.part
  if (slug === 'themes' || slug === 'discussion-questions') return 'sessions'
  if (slug === 'document-texts') return 'guidance'
  return null
}

/**
 * Every translatable text with its status in each language. A language with no
 * text at all is `missing` whatever its status field says. Reads the latest
 * version (drafts included), as the user asking may read it: access applies.
 */
export async function collectTranslationRows(req: PayloadRequest): Promise<TranslationRow[]> {
  const rows: TranslationRow[] = []
  for (const source of translatableSources(req.payload.config)) {
    const docs: Record<string, unknown>[] =
      source.kind === 'collection'
        ? ((
            await req.payload.find({
              collection: source.slug as never,
              locale: 'all',
              depth: 0,
              limit: 0,
              pagination: false,
              draft: source.drafts,
              overrideAccess: false,
              user: req.user,
              req,
            })
          ).docs as unknown as Record<string, unknown>[])
        : [
            (await req.payload.findGlobal({
              slug: source.slug as never,
              locale: 'all',
              depth: 0,
              draft: source.drafts,
              overrideAccess: false,
              user: req.user,
              req,
            })) as unknown as Record<string, unknown>,
          ]
    for (const doc of docs) {
      const statusByLocale = (doc.translationStatus ?? {}) as Record<string, TranslationStatus | undefined>
      const statuses: Record<string, TranslationStatus> = {}
      for (const locale of contentLocaleCodes) {
        const paths = [...source.textPaths, ...source.richTextPaths]
        const hasText = paths.some((p) => !isEmpty((valueAt(doc, p) as Record<string, unknown> | undefined)?.[locale]))
        statuses[locale] = !hasText ? 'missing' : (statusByLocale[locale] ?? 'draft')
      }
      const titleField = source.titlePath
        ? (valueAt(doc, source.titlePath) as Record<string, string> | undefined)
        : undefined
      rows.push({
        source,
        id: source.kind === 'global' ? source.slug : String(doc.id),
        title: String(titleField?.[defaultLocale] ?? titleField?.en ?? source.slug),
        part: partOf(source.slug, doc),
        statuses,
        doc,
      })
    }
  }
  return rows
}
