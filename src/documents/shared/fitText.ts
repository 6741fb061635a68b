/**
 * Fitting text into a slide's text box before it is written. PowerPoint does
 * not lay text out when a file is made (its "shrink on overflow" is applied
 * only when someone edits the box), so a long card would run over the boxes
 * below it or off the slide. Here the lines are worked out from Arial's
 * character widths (the font every generated document uses, see script.ts),
 * rounded up, and the box gets the largest font size whose lines fit.
 */

/** Arial's advance widths in thousandths of an em for the printable ASCII characters, from space (32) to tilde (126). */
const asciiWidths = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
]
const BOLD_FACTOR = 1.1
// Renderers round glyph positions to their grid and some kern less than Arial's tables say; 6% more keeps a line that
// only just fits here from wrapping one word earlier in PowerPoint or LibreOffice.
const WIDTH_SAFETY = 1.06

/** Thousandths of an em one character takes, rounded up where Arial's widths vary within a script. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code >= 32 && code <= 126) return asciiWidths[code - 32]
  // Latin letters with accents (Finnish, Sami, Vietnamese, Estonian, ...) are as wide as their base letter.
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  if (base.length === 1 && base !== char) return charWidth(base)
  if (/[\u0300-\u036f\u064b-\u065f\u0670]/.test(char)) return 0 // combining marks and Arabic vowel signs
  if (code === 0xa0) return 278
  if (/[\u2013\u2014\u2026]/.test(char)) return code === 0x2013 ? 556 : 1000
  if (/[\u2018\u2019\u201a]/.test(char)) return 222
  if (/[\u201c\u201d\u201e\u00ab\u00bb]/.test(char)) return 556
  if (code >= 0x0400 && code <= 0x04ff) {
    // Cyrillic: Ж Ш Щ Ю and their small letters are the wide ones, then Ы and М.
    if (/[ЖШЩЮжшщю]/.test(char)) return 889
    if (/[ЫМым]/.test(char)) return 778
    return char === char.toUpperCase() ? 722 : 556
  }
  // Arabic letters joined into words: Arial's contextual forms average about 0.33 em; a little more here.
  if (code >= 0x0600 && code <= 0x06ff) return 400
  if (/[ŋŊđĐšŠžŽčČ]/.test(char)) return 722
  return 778
}

const widths = new Map<string, number>()

/** How wide a piece of text is, in ems of its font (bold and the safety margin included). */
function ems(text: string, bold: boolean): number {
  let units = 0
  for (const char of text) {
    let width = widths.get(char)
    if (width === undefined) widths.set(char, (width = charWidth(char)))
    units += width
  }
  return (units / 1000) * (bold ? BOLD_FACTOR : 1) * WIDTH_SAFETY
}

/** How wide a piece of text is, in points. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return ems(text, bold) * fontSize
}

/** Line height as a multiple of the font size: Arial's ascent, descent and gap are 1.15; the rest is a margin for error. */
export const LINE_HEIGHT = 1.2

type Word = { text: string; width: number; trimmed: number }
type Measured = { bold: boolean; lines: Word[][] }

/** A text's words with their widths in ems, measured once however many sizes are tried. */
function measureWords(text: string, bold: boolean): Measured {
  return {
    bold,
    lines: text
      .split('\n')
      .map((hardLine) =>
        hardLine
          .split(/(?<= )/)
          .map((word) => ({ text: word, width: ems(word, bold), trimmed: ems(word.trimEnd(), bold) })),
      ),
  }
}

/**
 * The lines measured words wrap into within `width` ems, as a text box wraps
 * them: at spaces, and inside a word only when the word alone is wider than
 * the line. Line breaks in the text are kept.
 */
function wrapMeasured({ bold, lines: hardLines }: Measured, width: number): string[] {
  const lines: string[] = []
  for (const words of hardLines) {
    let line = ''
    let used = 0
    for (const word of words) {
      if (used + word.trimmed <= width) {
        line += word.text
        used += word.width
        continue
      }
      if (line) lines.push(line.trimEnd())
      // A word longer than the line is broken where it reaches the edge.
      let rest = word.text
      while (ems(rest.trimEnd(), bold) > width) {
        const chars = [...rest]
        let cut = 1
        let w = 0
        for (const [i, char] of chars.entries()) {
          w += ems(char, bold)
          if (w > width) break
          cut = i + 1
        }
        lines.push(chars.slice(0, cut).join(''))
        rest = chars.slice(cut).join('')
      }
      line = rest
      used = ems(rest, bold)
    }
    lines.push(line.trimEnd())
  }
  return lines
}

/** The lines a paragraph wraps into within `width` points at a font size. */
export function wrapLines(text: string, width: number, fontSize: number, bold = false): string[] {
  return wrapMeasured(measureWords(text, bold), width / fontSize)
}

export type Paragraph = { text: string; bold?: boolean }

/** A text box: its size in inches and the inner margin on every side in points, as written into the slide. */
export type Box = { w: number; h: number; inset: number }

function heightOf(measured: Measured[], box: Box, fontSize: number): { height: number; fits: boolean } {
  const width = (box.w * 72 - 2 * box.inset) / fontSize
  const lines = measured.reduce((n, m) => n + wrapMeasured(m, width).length, 0)
  const height = lines * fontSize * LINE_HEIGHT
  return { height, fits: height <= box.h * 72 - 2 * box.inset }
}

/** The height the paragraphs take at a font size, in points, and whether that is within the box. */
export function measure(paragraphs: Paragraph[], box: Box, fontSize: number): { height: number; fits: boolean } {
  return heightOf(
    paragraphs.map((p) => measureWords(p.text, Boolean(p.bold))),
    box,
    fontSize,
  )
}

/** The largest whole font size from `max` down to `min` at which the paragraphs fit the box, or null when none does. */
export function fitFontSize(paragraphs: Paragraph[], box: Box, max: number, min: number): number | null {
  const measured = paragraphs.map((p) => measureWords(p.text, Boolean(p.bold)))
  for (let size = max; size >= min; size -= 1) if (heightOf(measured, box, size).fits) return size
  return null
}

/**
 * The text cut into parts that each fit the box at the font size (with
 * `lead`, a heading repeated above each part, counted in), cut at the ends of
 * lines as the box wraps them: a card too long for one slide continues on
 * the next.
 */
export function splitToFit(text: string, box: Box, fontSize: number, lead: Paragraph[] = []): string[] {
  const width = box.w * 72 - 2 * box.inset
  const leadLines = lead.reduce((n, p) => n + wrapLines(p.text, width, fontSize, p.bold).length, 0)
  const perPart = Math.max(1, Math.floor((box.h * 72 - 2 * box.inset) / (fontSize * LINE_HEIGHT)) - leadLines)
  // Each line with what joins it to the next: a space where the box wrapped it, a line break where the text had one.
  const lines = text
    .split('\n')
    .flatMap((hardLine) =>
      wrapLines(hardLine, width, fontSize).map((line, i, all) => ({ line, join: i === all.length - 1 ? '\n' : ' ' })),
    )
  const parts: string[] = []
  for (let i = 0; i < lines.length; i += perPart) {
    const part = lines.slice(i, i + perPart)
    parts.push(
      part
        .map((l, j) => (j === part.length - 1 ? l.line : l.line + l.join))
        .join('')
        .trim(),
    )
  }
  return parts.filter(Boolean)
}
