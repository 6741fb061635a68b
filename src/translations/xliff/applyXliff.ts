import type { PayloadRequest } from 'payload'

import { type ContentLocaleCode, defaultLocale } from '../../i18n/locales'
import { valueAt } from '../localizedTextPaths'
import { translatableSources } from '../translatableSources'
import type { ParsedXliff } from './parseXliff'
import { globalDocId, parseUnitId } from './xliffIds'

export type UnitOutcome = { id: string; reason?: string }
export type XliffImportReport = {
  language: string
  updated: UnitOutcome[]
  skipped: UnitOutcome[]
  refused: UnitOutcome[]
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>
  node[keys[keys.length - 1]] = value
}

/**
 * Writes the translations of an already validated file, as the importing user
 * (their access applies). Each unit is matched by id; its source must equal the
 * current Finnish text, otherwise the translation was made from an older source
 * and is skipped rather than overwriting newer work. A text's units are written
 * together; the language becomes a draft, or reviewed when every unit of the text
 * is marked final.
 * `reasons` holds the localized explanation for each outcome.
 */
export async function applyXliff(
  req: PayloadRequest,
  file: ParsedXliff,
  reasons: (key: string) => string,
): Promise<XliffImportReport> {
  const language = file.trgLang as ContentLocaleCode
  const report: XliffImportReport = { language, updated: [], skipped: [], refused: [] }
  const sources = new Map(translatableSources(req.payload.config).map((s) => [s.slug, s]))
  const byDoc = new Map<
    string,
    { slug: string; id: string; units: { id: string; path: string; target: string; final: boolean }[] }
  >()

  for (const unit of file.units) {
    const ref = parseUnitId(unit.id)
    const source = ref ? sources.get(ref.slug) : undefined
    if (!ref || !source || (source.kind === 'global') !== (ref.id === globalDocId)) {
      report.refused.push({ id: unit.id, reason: reasons('unknownUnit') })
    } else if (!source.textPaths.includes(ref.path)) {
      report.refused.push({ id: unit.id, reason: reasons('notTranslatable') })
    } else if (unit.inlineMarkup) {
      report.refused.push({ id: unit.id, reason: reasons('inlineMarkup') })
    } else if (unit.target === null || !unit.target.trim()) {
      report.skipped.push({ id: unit.id, reason: reasons('noTarget') })
    } else {
      const key = `${ref.slug}:${ref.id}`
      const entry = byDoc.get(key) ?? { slug: ref.slug, id: ref.id, units: [] }
      entry.units.push({ id: unit.id, path: ref.path, target: unit.target, final: unit.final })
      byDoc.set(key, entry)
    }
  }
  const sourceOf = new Map(file.units.map((u) => [u.id, u.source]))

  for (const { slug, id, units } of byDoc.values()) {
    const source = sources.get(slug)!
    const read: Promise<unknown> =
      source.kind === 'global'
        ? req.payload.findGlobal({
            slug: slug as never,
            locale: 'all',
            depth: 0,
            draft: source.drafts,
            overrideAccess: false,
            user: req.user,
            req,
          })
        : req.payload.findByID({
            collection: slug as never,
            id,
            locale: 'all',
            depth: 0,
            draft: source.drafts,
            overrideAccess: false,
            user: req.user,
            req,
          })
    const current = (await read.catch(() => null)) as Record<string, unknown> | null
    if (!current) {
      for (const u of units) report.refused.push({ id: u.id, reason: reasons('documentNotFound') })
      continue
    }
    const doc = current
    const reviewedNow = ((doc.translationStatus ?? {}) as Record<string, string>)[language] === 'reviewed'
    const fresh = units.filter((u) => {
      const values = (valueAt(doc, u.path) ?? {}) as Record<string, unknown>
      const skip = (key: string) => (report.skipped.push({ id: u.id, reason: reasons(key) }), false)
      if (values[defaultLocale] !== sourceOf.get(u.id)) return skip('staleSource')
      if (values[language] === u.target) return skip('unchanged')
      // A translation reviewed in the portal is replaced only by one the translator marks final.
      if (reviewedNow && !u.final) return skip('alreadyReviewed')
      return true
    })
    if (!fresh.length) continue
    const data: Record<string, unknown> = {}
    for (const u of fresh) setAt(data, u.path, u.target)
    data.translationStatus = fresh.every((u) => u.final) && fresh.length === units.length ? 'reviewed' : 'draft'
    try {
      if (source.kind === 'global') {
        await req.payload.updateGlobal({
          slug: slug as never,
          locale: language,
          data: data as never,
          draft: source.drafts || undefined,
          overrideAccess: false,
          user: req.user,
          req,
        })
      } else {
        await req.payload.update({
          collection: slug as never,
          id,
          locale: language,
          data: data as never,
          draft: source.drafts || undefined,
          overrideAccess: false,
          user: req.user,
          req,
        })
      }
      for (const u of fresh) report.updated.push({ id: u.id })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      for (const u of fresh) report.refused.push({ id: u.id, reason: `${reasons('writeFailed')} ${message}` })
    }
  }
  return report
}
