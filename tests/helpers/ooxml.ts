/**
 * Opens generated Word and PowerPoint files the way a reader's software does:
 * as a zip of XML parts. Used by the document tests to assert what a person
 * opening the file would see.
 */
import JSZip from 'jszip'
import sax from 'sax'

export async function openZip(data: Buffer | Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(data)
}

export async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name)
  if (!file) throw new Error(`no part ${name} in the file`)
  return file.async('string')
}

export type WordParagraph = {
  text: string
  /** Text in runs marked hidden (w:vanish). */
  hidden: string
  style: string | null
  bidi: boolean
  /** Every visible run is marked right to left (w:rtl). */
  rtlRuns: boolean
  inTable: boolean
}

/** The body's paragraphs in reading order, with the properties a reader's software acts on. */
export function wordParagraphs(documentXml: string): WordParagraph[] {
  const parser = sax.parser(true)
  const out: WordParagraph[] = []
  let p: (WordParagraph & { runs: number; rtl: number }) | null = null
  let inRun = false
  let inRunProps = false
  let inParaProps = false
  let hidden = false
  let rtl = false
  let inText = false
  let tables = 0
  parser.onopentag = (node) => {
    const on = (v: unknown) => v === undefined || !['0', 'false', 'off'].includes(String(v))
    switch (node.name) {
      case 'w:tbl':
        tables++
        break
      case 'w:p':
        p = { text: '', hidden: '', style: null, bidi: false, rtlRuns: false, inTable: tables > 0, runs: 0, rtl: 0 }
        break
      case 'w:pPr':
        inParaProps = true
        break
      case 'w:pStyle':
        if (p && inParaProps) p.style = String(node.attributes['w:val'])
        break
      case 'w:bidi':
        if (p && inParaProps && !inRun) p.bidi = on(node.attributes['w:val'])
        break
      case 'w:r':
        inRun = true
        hidden = false
        rtl = false
        break
      case 'w:rPr':
        if (inRun) inRunProps = true
        break
      case 'w:vanish':
        if (inRunProps) hidden = on(node.attributes['w:val'])
        break
      case 'w:rtl':
        if (inRunProps) rtl = on(node.attributes['w:val'])
        break
      case 'w:t':
        inText = true
        break
    }
  }
  parser.ontext = (t) => {
    if (!inText || !p) return
    if (hidden) p.hidden += t
    else p.text += t
  }
  parser.onclosetag = (name) => {
    switch (name) {
      case 'w:tbl':
        tables--
        break
      case 'w:pPr':
        inParaProps = false
        break
      case 'w:rPr':
        inRunProps = false
        break
      case 'w:t':
        inText = false
        break
      case 'w:r':
        if (p && !hidden) {
          p.runs++
          if (rtl) p.rtl++
        }
        inRun = false
        break
      case 'w:p':
        if (p) {
          const { runs, rtl: r, ...rest } = p
          out.push({ ...rest, rtlRuns: runs > 0 && r === runs })
        }
        p = null
        break
    }
  }
  parser.write(documentXml).close()
  return out
}

/** The slides of a presentation, in order, each as its text runs (a:t). */
export async function slideTexts(zip: JSZip): Promise<string[][]> {
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
  const slides: string[][] = []
  for (const name of names) {
    const xml = await part(zip, name)
    slides.push([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1])))
  }
  return slides
}

export type ChartSeries = { name: string; categories: string[]; values: number[] }

/** Every native chart's series, read from the chart parts' cached values. */
export async function chartSeries(zip: JSZip): Promise<{ part: string; series: ChartSeries[] }[]> {
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort()
  const charts = []
  for (const name of names) {
    const xml = await part(zip, name)
    const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
      const ser = m[1]
      const pick = (tag: string) => {
        const block = ser.match(new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`))?.[1] ?? ''
        return [...block.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((v) => unescapeXml(v[1]))
      }
      return { name: pick('tx')[0] ?? '', categories: pick('cat'), values: pick('val').map(Number) }
    })
    charts.push({ part: name, series })
  }
  return charts
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
export const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/**
 * Types into a scribe form as a person would in Word: for each marked table
 * (question `[[q:id]]` or section `[[s:name]]`), the given lines go into the
 * empty paragraphs of the cells of its last row, left to right.
 */
export async function fillWordTables(data: Buffer, byMarker: Record<string, string[]>): Promise<Buffer> {
  const zip = await openZip(data)
  let xml = await part(zip, 'word/document.xml')
  xml = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => {
    const marker = Object.keys(byMarker).find((m) => table.includes(escapeXml(m)))
    if (!marker) return table
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
    const last = rows[rows.length - 1]
    let cellIndex = 0
    const typed = (line: string) => `<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`
    const filledRow = last[0].replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cell) => {
      const text = byMarker[marker][cellIndex++]
      if (text === undefined) return cell
      const lines = text.split('\n')
      let line = 0
      const filled = cell.replace(/<\/w:p>/g, (end) => (line >= lines.length ? end : `${typed(lines[line++])}${end}`))
      // Pressing Enter for each further line: a new paragraph at the end of the cell.
      const more = lines
        .slice(line)
        .map((l) => `<w:p>${typed(l)}</w:p>`)
        .join('')
      return filled.replace(/<\/w:tc>$/, `${more}</w:tc>`)
    })
    return table.replace(last[0], filledRow)
  })
  zip.file('word/document.xml', xml)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

export type SlideShape = {
  /** Position and size in inches. */
  x: number
  y: number
  w: number
  h: number
  /** Text box insets in points (PowerPoint's defaults when the shape names none). */
  inset: { l: number; t: number; r: number; b: number }
  paragraphs: { text: string; bold: boolean; size: number }[]
}

const EMU_PER_INCH = 914400
const EMU_PER_POINT = 12700

/** The slide size in inches, from presentation.xml. */
export async function slideSize(zip: JSZip): Promise<{ w: number; h: number }> {
  const m = (await part(zip, 'ppt/presentation.xml')).match(/<p:sldSz cx="(\d+)" cy="(\d+)"/)!
  return { w: Number(m[1]) / EMU_PER_INCH, h: Number(m[2]) / EMU_PER_INCH }
}

/** Every text shape of every slide, in order: where it is, its insets, and its paragraphs with their size and weight. */
export async function slideShapes(zip: JSZip): Promise<SlideShape[][]> {
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
  const slides: SlideShape[][] = []
  for (const name of names) {
    const xml = await part(zip, name)
    const shapes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap((m): SlideShape[] => {
      const sp = m[1]
      const off = sp.match(/<a:off x="(-?\d+)" y="(-?\d+)"\/>/)
      const ext = sp.match(/<a:ext cx="(\d+)" cy="(\d+)"\/>/)
      if (!off || !ext || !sp.includes('<p:txBody>')) return []
      const body = sp.match(/<a:bodyPr([^>]*)>/)?.[1] ?? ''
      const ins = (name: string, fallback: number) => {
        const v = body.match(new RegExp(`${name}="(\\d+)"`))
        return v ? Number(v[1]) / EMU_PER_POINT : fallback
      }
      const paragraphs = [...sp.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].flatMap((p) =>
        [...p[1].matchAll(/<a:r>\s*<a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t>\s*<\/a:r>/g)].map((r) => ({
          text: unescapeXml(r[2]),
          bold: /\bb="1"/.test(r[1]),
          size: Number(r[1].match(/\bsz="(\d+)"/)?.[1] ?? 1800) / 100,
        })),
      )
      return [
        {
          x: Number(off[1]) / EMU_PER_INCH,
          y: Number(off[2]) / EMU_PER_INCH,
          w: Number(ext[1]) / EMU_PER_INCH,
          h: Number(ext[2]) / EMU_PER_INCH,
          inset: { l: ins('lIns', 7.2), t: ins('tIns', 3.6), r: ins('rIns', 7.2), b: ins('bIns', 3.6) },
          paragraphs,
        },
      ]
    })
    slides.push(shapes)
  }
  return slides
}
