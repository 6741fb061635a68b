import { type Box, fitFontSize, type Paragraph, splitToFit } from '../shared/fitText'

/**
 * The area under a slide's title where the selected cards go, in inches: two
 * columns of two, filled down the first column, then the second (mirrored
 * for right-to-left languages).
 */
export const cardArea = { x: 0.5, y: 1.15, w: 9, h: 4.25, gap: 0.2 }
export const CARD_INSET = 6

const column = (cardArea.w - cardArea.gap) / 2
const row = (cardArea.h - cardArea.gap) / 2

/** The three sizes a card can take: a quarter of the area, a whole column, or the whole area. */
const spans = {
  quarter: { slots: 1, w: column, h: row, min: 14 },
  column: { slots: 2, w: column, h: cardArea.h, min: 14 },
  full: { slots: 4, w: cardArea.w, h: cardArea.h, min: 12 },
} as const
type Span = keyof typeof spans

export const RESULT_CARD_MAX_SIZE = 18

export type PlacedCard = {
  /** Which of the cards given it is. */
  index: number
  slide: number
  x: number
  y: number
  w: number
  h: number
  fontSize: number
  heading: string
  text: string
}

const box = (span: Span): Box => ({ w: spans[span].w, h: spans[span].h, inset: CARD_INSET })

/**
 * Places the selected cards on slides, in order. A card takes the smallest
 * span where its heading and text fit at a size the back of a room can read
 * (14 pt, 12 pt on a slide of its own); a card too long even for a slide of
 * its own continues on the next, its heading marked as continued.
 */
export function layResultCards(
  cards: { heading: string; text: string }[],
  options: { rtl: boolean; continued: string },
): PlacedCard[] {
  const placed: PlacedCard[] = []
  let slide = -1
  let next = 4
  const put = (index: number, span: Span, fontSize: number, heading: string, text: string) => {
    const { slots, w, h } = spans[span]
    let start = span === 'quarter' ? next : span === 'column' ? next + (next % 2) : next === 0 ? 0 : 4
    if (start + slots > 4) {
      slide += 1
      start = 0
    }
    next = start + slots
    const col = Math.floor(start / 2)
    const left = cardArea.x + col * (column + cardArea.gap)
    placed.push({
      index,
      slide,
      x: options.rtl ? cardArea.x + cardArea.w - (left - cardArea.x) - w : left,
      y: cardArea.y + (start % 2) * (row + cardArea.gap),
      w,
      h,
      fontSize,
      heading,
      text,
    })
  }
  for (const [index, card] of cards.entries()) {
    const paragraphs: Paragraph[] = [{ text: card.heading, bold: true }, { text: card.text }]
    const span = (['quarter', 'column', 'full'] as const).find(
      (s) => fitFontSize(paragraphs, box(s), RESULT_CARD_MAX_SIZE, spans[s].min) !== null,
    )
    if (span) {
      put(
        index,
        span,
        fitFontSize(paragraphs, box(span), RESULT_CARD_MAX_SIZE, spans[span].min)!,
        card.heading,
        card.text,
      )
      continue
    }
    const heading = `${card.heading} (${options.continued})`
    const parts = splitToFit(card.text, box('full'), spans.full.min, [{ text: heading, bold: true }])
    parts.forEach((part, i) => put(index, 'full', spans.full.min, i === 0 ? card.heading : heading, part))
  }
  return placed
}
