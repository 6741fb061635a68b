import { defaultLocale } from '../../i18n/locales'
import type { TranslationRow } from '../collectTranslationRows'
import { valueAt } from '../localizedTextPaths'
import { globalDocId, unitId } from './xliffIds'

const escapeXml = (s: string) =>
  s
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')

export type XliffExport = { xml: string; units: number; richTextLeftOut: string[] }

/**
 * XLIFF 2.0 of the texts that need work in one language (missing, draft or out
 * of date): one <file> per text, one <unit> per field, the Finnish source and the
 * current translation if any. Rich text is left out and named in a note: its
 * structure (headings, links, lists) does not survive a plain-text round trip,
 * so it is translated in the admin.
 */
export function buildXliff(
  rows: TranslationRow[],
  language: string,
  notes: { richText: string; status: (status: string) => string },
): XliffExport {
  const out: string[] = []
  let units = 0
  const richTextLeftOut: string[] = []
  out.push('<?xml version="1.0" encoding="UTF-8"?>')
  out.push(
    `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="${defaultLocale}" trgLang="${escapeXml(language)}">`,
  )
  for (const row of rows) {
    const status = row.statuses[language]
    if (status === 'reviewed') continue
    const docId = row.source.kind === 'global' ? globalDocId : row.id
    const fileUnits: string[] = []
    for (const path of row.source.textPaths) {
      const values = (valueAt(row.doc, path) ?? {}) as Record<string, unknown>
      const source = typeof values[defaultLocale] === 'string' ? (values[defaultLocale] as string) : ''
      if (!source.trim()) continue
      const target = typeof values[language] === 'string' ? (values[language] as string) : ''
      const state = target ? 'translated' : 'initial'
      fileUnits.push(
        `    <unit id="${escapeXml(unitId(row.source.slug, docId, path))}">`,
        `      <notes><note category="translation-status">${escapeXml(notes.status(status))}</note></notes>`,
        `      <segment state="${state}">`,
        `        <source xml:space="preserve">${escapeXml(source)}</source>`,
        ...(target ? [`        <target xml:space="preserve">${escapeXml(target)}</target>`] : []),
        '      </segment>',
        '    </unit>',
      )
      units++
    }
    for (const path of row.source.richTextPaths) richTextLeftOut.push(unitId(row.source.slug, docId, path))
    if (!fileUnits.length) continue
    out.push(`  <file id="${escapeXml(`${row.source.slug}:${docId}`)}" original="${escapeXml(row.title)}">`)
    if (row.source.richTextPaths.length) {
      out.push(`    <notes><note category="rich-text">${escapeXml(notes.richText)}</note></notes>`)
    }
    out.push(...fileUnits, '  </file>')
  }
  out.push('</xliff>', '')
  return { xml: out.join('\n'), units, richTextLeftOut }
}
