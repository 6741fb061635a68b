import sax from 'sax'

import { type ClosingSection, closingSections, formMarker } from './formMarkers'

type Cell = { paragraphs: string[]; hidden: string }
type Table = { rows: Cell[][] }

export type ScribeFormContent = {
  /** The session the form was made for, if it was made for one. */
  sessionId: string | null
  /** Whether the file carries the portal's form markers at all. */
  isForm: boolean
  answers: { question: string; original: string; finnish: string }[]
  sections: Partial<Record<ClosingSection, string>>
}

const hiddenOff = new Set(['0', 'false', 'off'])

/** The body's top-level tables (text per cell, visible and hidden apart) and the hidden text outside them. */
function readTables(xml: string): { tables: Table[]; hiddenOutside: string } {
  const parser = sax.parser(true, { trim: false, normalize: false })
  const tables: Table[] = []
  let hiddenOutside = ''
  let depth = 0
  let table: Table | null = null
  let row: Cell[] | null = null
  let cell: Cell | null = null
  let para = ''
  let inRun = false
  let inRunProps = false
  let hidden = false
  let inText = false

  parser.onopentag = (node) => {
    switch (node.name) {
      case 'w:tbl':
        depth += 1
        if (depth === 1) table = { rows: [] }
        break
      case 'w:tr':
        if (depth === 1 && table) table.rows.push((row = []))
        break
      case 'w:tc':
        if (depth === 1 && row) row.push((cell = { paragraphs: [], hidden: '' }))
        break
      case 'w:p':
        para = ''
        break
      case 'w:r':
        inRun = true
        hidden = false
        break
      case 'w:rPr':
        if (inRun) inRunProps = true
        break
      case 'w:vanish':
        if (inRunProps) hidden = !hiddenOff.has(String(node.attributes['w:val'] ?? 'true'))
        break
      case 'w:t':
        inText = true
        break
      case 'w:tab':
        if (inRun && !hidden) para += '\t'
        break
      case 'w:br':
      case 'w:cr':
        if (inRun && !hidden) para += '\n'
        break
    }
  }
  parser.ontext = (text) => {
    if (!inText) return
    if (hidden) {
      if (cell) cell.hidden += text
      else hiddenOutside += text
    } else {
      para += text
    }
  }
  parser.onclosetag = (name) => {
    switch (name) {
      case 'w:t':
        inText = false
        break
      case 'w:rPr':
        inRunProps = false
        break
      case 'w:r':
        inRun = false
        hidden = false
        break
      case 'w:p':
        if (cell) cell.paragraphs.push(para)
        para = ''
        break
      case 'w:tc':
        if (depth === 1) cell = null
        break
      case 'w:tr':
        if (depth === 1) row = null
        break
      case 'w:tbl':
        if (depth === 1 && table) tables.push(table)
        depth -= 1
        break
    }
  }
  parser.write(xml).close()
  return { tables, hiddenOutside }
}

/** The value of one custom document property in docProps/custom.xml. */
export function readCustomProperty(xml: string | null, name: string): string | null {
  if (!xml) return null
  const parser = sax.parser(true)
  let current: string | null = null
  let value: string | null = null
  parser.onopentag = (node) => {
    if (node.name === 'property') current = String(node.attributes.name ?? '')
  }
  parser.ontext = (text) => {
    if (current === name && text.trim()) value = (value ?? '') + text.trim()
  }
  parser.onclosetag = (tag) => {
    if (tag === 'property') current = null
  }
  parser.write(xml).close()
  return value
}

const cellText = (cell: Cell | undefined) =>
  (cell?.paragraphs ?? [])
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/**
 * Reads a filled scribe form: each question table's last row is what the
 * scribe wrote (notes in the session's language, then the Finnish summary),
 * found by the hidden marker in the question row, however the scribe edited
 * the visible text around it.
 */
export function readScribeForm(documentXml: string, customXml: string | null): ScribeFormContent {
  const { tables, hiddenOutside } = readTables(documentXml)
  const answers: ScribeFormContent['answers'] = []
  const sections: ScribeFormContent['sections'] = {}
  let sessionId = readCustomProperty(customXml, formMarker.sessionProperty)
  let markers = 0
  for (const m of hiddenOutside.matchAll(formMarker.pattern)) if (m[1] === 'session') sessionId = sessionId ?? m[2]
  for (const table of tables) {
    const hiddenText = table.rows
      .flat()
      .map((c) => c.hidden)
      .join('')
    for (const m of hiddenText.matchAll(formMarker.pattern)) {
      const [, kind, value] = m
      markers += 1
      const writing = table.rows.length > 1 ? table.rows[table.rows.length - 1] : undefined
      if (kind === 'q') {
        const original = cellText(writing?.[0])
        const finnish = cellText(writing?.[1])
        if (original || finnish) answers.push({ question: value, original, finnish })
      } else if (kind === 's' && (closingSections as readonly string[]).includes(value)) {
        const text = cellText(writing?.[0])
        if (text) sections[value as ClosingSection] = text
      } else if (kind === 'session') {
        sessionId = sessionId ?? value
      }
    }
  }
  const property = readCustomProperty(customXml, formMarker.formProperty)
  return { sessionId, isForm: markers > 0 || property === formMarker.formVersion, answers, sections }
}
