import { type Box, fitFontSize, splitToFit } from '../shared/fitText'

/** Where each text of an experience card sits on its 10 × 5.625 inch slide; the coloured band is 0.9 inches high. */
export const cardBoxes = {
  theme: { x: 0.4, y: 0.1, w: 6.6, h: 0.7, inset: 3.6 },
  number: { x: 7, y: 0.1, w: 2.6, h: 0.7, inset: 3.6 },
  text: { x: 0.6, y: 1.1, w: 8.8, h: 3.4, inset: 7.2 },
  facts: { x: 0.6, y: 4.6, w: 8.8, h: 0.85, inset: 3.6 },
} satisfies Record<string, Box & { x: number; y: number }>

/** Font sizes in points: the narrative is read from across a table, so it shrinks no further than 12 pt. */
export const cardFontSizes = {
  theme: { max: 22, min: 9 },
  text: { max: 24, min: 12 },
  facts: { max: 15, min: 9 },
}

export type CardLayout = {
  theme: { text: string; fontSize: number }
  text: { fontSize: number }
  /** The narrative, in one part per slide: more than one only when it does not fit at the smallest size. */
  parts: string[]
  facts: { text: string; fontSize: number }
}

/**
 * The theme label in the band: a theme's name may be 120 characters, more
 * than the band holds even at 9 pt in the widest letters; then it is cut
 * short with an ellipsis (the full name is in the project's own theme list).
 */
function themeLabel(text: string): { text: string; fontSize: number } {
  const { max, min } = cardFontSizes.theme
  const fit = (t: string) => fitFontSize([{ text: t, bold: true }], cardBoxes.theme, max, min)
  let label = text
  let fontSize = fit(label)
  while (fontSize === null && label.length > 1) {
    label = `${[...label].slice(0, -2).join('').trimEnd()}…`
    fontSize = fit(label)
  }
  return { text: label, fontSize: fontSize ?? min }
}

/**
 * The font size of each text on a card: the facts (a group's name is at
 * most 200 characters) shrink to fit; the narrative (up to 1,200 characters)
 * shrinks, then continues on the next slide.
 */
export function layCard(card: { theme: string; text: string; facts: string }): CardLayout {
  const size = (text: string, box: Box, { max, min }: { max: number; min: number }, bold = false) =>
    fitFontSize([{ text, bold }], box, max, min)
  const textSize = size(card.text, cardBoxes.text, cardFontSizes.text)
  return {
    theme: themeLabel(card.theme),
    text: { fontSize: textSize ?? cardFontSizes.text.min },
    parts: textSize ? [card.text] : splitToFit(card.text, cardBoxes.text, cardFontSizes.text.min),
    facts: { text: card.facts, fontSize: size(card.facts, cardBoxes.facts, cardFontSizes.facts) ?? 9 },
  }
}
