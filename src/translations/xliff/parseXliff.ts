import sax from 'sax'

import { Refusal } from '../../errors/Refusal'
import { contentLocaleCodes, defaultLocale } from '../../i18n/locales'

export type XliffUnit = { id: string; source: string; target: string | null; final: boolean; inlineMarkup: boolean }
export type ParsedXliff = { trgLang: string; units: XliffUnit[] }

/** Why a whole file is refused (400); `reason` names the sentence under translations.xliff.errors in admin.json. */
export class XliffRefusal extends Refusal {
  constructor(
    readonly reason: string,
    params: Record<string, string | number> = {},
  ) {
    super(null, 400, `admin:translations.xliff.errors.${reason}`, params)
    this.name = 'XliffRefusal'
  }
}

const XLIFF2 = 'urn:oasis:names:tc:xliff:document:2.0'
export const maxXliffBytes = 5 * 1024 * 1024

/**
 * Reads an XLIFF 2.x file completely before anything is written. Refuses, with a
 * reason, anything that is not one: not XML, a DOCTYPE (DTDs and entity
 * declarations are never processed, so no entity expansion or external fetch can
 * happen), another root or version, a source language other than Finnish, a
 * target language that is not the one asked for, units without ids or sources.
 */
export function parseXliff(text: string, expectedLanguage: string | null): ParsedXliff {
  if (Buffer.byteLength(text, 'utf8') > maxXliffBytes) throw new XliffRefusal('tooLarge', { max: '5 MB' })
  if (!text.trim()) throw new XliffRefusal('empty')
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XliffRefusal('doctype')

  const parser = sax.parser(true, { xmlns: true, position: true })
  const units: XliffUnit[] = []
  const stack: string[] = []
  let root: { version: string; srcLang: string; trgLang: string } | null = null
  let unit: {
    id: string
    source: string
    target: string | null
    final: boolean
    inlineMarkup: boolean
    hasSource: boolean
  } | null = null
  let segmentFinal = false
  let capture: 'source' | 'target' | null = null
  let failure: XliffRefusal | null = null

  parser.onerror = (error) => {
    failure ??= new XliffRefusal('notXml', { line: parser.line + 1, detail: String(error.message).split('\n')[0] })
    throw failure
  }
  parser.ondoctype = () => {
    failure ??= new XliffRefusal('doctype')
    throw failure
  }
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag
    const attr = (name: string) => String(node.attributes[name]?.value ?? '')
    if (!root) {
      if (node.local !== 'xliff' || node.uri !== XLIFF2) throw (failure = new XliffRefusal('notXliff2'))
      root = { version: attr('version'), srcLang: attr('srcLang'), trgLang: attr('trgLang') }
      if (!/^2\.\d+$/.test(root.version)) throw (failure = new XliffRefusal('notXliff2'))
      if (root.srcLang.toLowerCase() !== defaultLocale)
        throw (failure = new XliffRefusal('wrongSource', { srcLang: root.srcLang }))
      const trg = root.trgLang
      if (!(contentLocaleCodes as string[]).includes(trg) || trg === defaultLocale)
        throw (failure = new XliffRefusal('unknownTarget', { trgLang: trg }))
      if (expectedLanguage && trg !== expectedLanguage)
        throw (failure = new XliffRefusal('wrongTarget', { trgLang: trg, expected: expectedLanguage }))
    } else if (node.uri === XLIFF2 && node.local === 'unit') {
      if (unit) throw (failure = new XliffRefusal('structure', { line: parser.line + 1 }))
      const id = attr('id')
      if (!id) throw (failure = new XliffRefusal('unitWithoutId', { line: parser.line + 1 }))
      unit = { id, source: '', target: null, final: true, inlineMarkup: false, hasSource: false }
    } else if (node.uri === XLIFF2 && node.local === 'segment' && unit) {
      segmentFinal = attr('state') === 'final'
      unit.final &&= segmentFinal
    } else if (node.uri === XLIFF2 && (node.local === 'source' || node.local === 'target') && unit && !capture) {
      capture = node.local
      if (capture === 'target') unit.target ??= ''
      else unit.hasSource = true
    } else if (capture && unit) {
      // Inline codes (<ph>, <pc>, …): the portal exports plain text, so a unit that gained markup is not taken in.
      unit.inlineMarkup = true
    }
    stack.push(node.local)
  }
  const ontext = (t: string) => {
    if (!unit || !capture) return
    if (capture === 'source') unit.source += t
    else unit.target = (unit.target ?? '') + t
  }
  parser.ontext = ontext
  parser.oncdata = ontext
  parser.onclosetag = () => {
    const local = stack.pop()
    if (capture && local === capture) capture = null
    else if (local === 'unit' && unit) {
      if (!unit.hasSource) throw (failure = new XliffRefusal('unitWithoutSource', { id: unit.id }))
      units.push({
        id: unit.id,
        source: unit.source,
        target: unit.target,
        final: unit.final,
        inlineMarkup: unit.inlineMarkup,
      })
      unit = null
    }
  }

  try {
    parser.write(text).close()
  } catch (error) {
    if (failure) throw failure
    throw new XliffRefusal('notXml', {
      line: parser.line + 1,
      detail: error instanceof Error ? error.message.split('\n')[0] : '',
    })
  }
  if (!root) throw new XliffRefusal('notXliff2')
  if (!units.length) throw new XliffRefusal('noUnits')
  const ids = new Set<string>()
  for (const u of units) {
    if (ids.has(u.id)) throw new XliffRefusal('duplicateUnit', { id: u.id })
    ids.add(u.id)
  }
  return { trgLang: (root as { trgLang: string }).trgLang, units }
}
