import { LINE_HEIGHT, wrapLines } from '../shared/fitText'

/** The sessions table under a slide's title, in inches; cell margins [top, right, bottom, left] in inches. */
export const sessionTable = {
  x: 0.5,
  y: 1.2,
  w: 9,
  colW: [2.2, 5.3, 1.5],
  /** The bottom of the room for the table. */
  bottom: 5.35,
  fontSize: 14,
  margin: [0.05, 0.08, 0.05, 0.08] as [number, number, number, number],
}

/** A row's height: its tallest cell's lines and the cell's margins, in inches. */
export function rowHeight(cells: string[], bold = false): number {
  const { colW, fontSize, margin } = sessionTable
  const lines = Math.max(
    1,
    ...cells.map((cell, i) => wrapLines(cell, (colW[i] - margin[1] - margin[3]) * 72, fontSize, bold).length),
  )
  return (lines * fontSize * LINE_HEIGHT) / 72 + margin[0] + margin[2]
}

export type SessionPage = { rows: string[][]; heights: number[]; last: boolean }

/**
 * The sessions table cut into slides: each begins with the header row and
 * takes as many sessions as fit above `bottom`; the total row ends the last.
 */
export function pageSessionRows(header: string[], rows: string[][], total: string[]): SessionPage[] {
  const room = sessionTable.bottom - sessionTable.y
  const headerHeight = rowHeight(header, true)
  const totalHeight = rowHeight(total, true)
  const pages: SessionPage[] = []
  let page: SessionPage = { rows: [header], heights: [headerHeight], last: false }
  const used = () => page.heights.reduce((a, b) => a + b, 0)
  for (const row of rows) {
    const height = rowHeight(row)
    if (page.rows.length > 1 && used() + height > room) {
      pages.push(page)
      page = { rows: [header], heights: [headerHeight], last: false }
    }
    page.rows.push(row)
    page.heights.push(height)
  }
  if (page.rows.length > 1 && used() + totalHeight > room) {
    pages.push(page)
    page = { rows: [header], heights: [headerHeight], last: false }
  }
  page.rows.push(total)
  page.heights.push(totalHeight)
  page.last = true
  pages.push(page)
  return pages
}
