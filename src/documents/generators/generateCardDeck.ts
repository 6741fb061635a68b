import type { TFunction } from 'i18next'

import { hex, newPresentation, packPptx, textOptions } from '../shared/pptxParts'
import { scriptOf } from '../shared/script'

export type DeckCard = {
  text: string
  theme: { name: string; colour: string }
  tone: 'positive' | 'negative'
  populationGroup?: string
  /** After the event: how many small groups wanted more of this, or less of that. */
  tally?: { more: number; less: number }
}

export type CardDeckOptions = { locale: string; t: TFunction; title: string; cards: DeckCard[] }

/** One experience card per slide: the narrative large, its theme in the theme's colour, tone and group below. */
export async function generateCardDeck({ locale, t, title, cards }: CardDeckOptions): Promise<Buffer> {
  const script = scriptOf(locale)
  const text = textOptions(script)
  const pres = newPresentation(script, `${t('deck.title')}: ${title}`)
  cards.forEach((card, i) => {
    const slide = pres.addSlide()
    const colour = hex(card.theme.colour)
    // The band is decoration: the theme label on it is real text a screen reader reads.
    slide.addShape('rect', { x: 0, y: 0, w: 10, h: 0.9, fill: { color: colour }, line: { color: colour } })
    slide.addText(`${t('deck.theme')}: ${card.theme.name}`, { ...text, x: 0.4, y: 0.1, w: 6.6, h: 0.7, fontSize: 22, bold: true, color: 'FFFFFF', fill: { color: colour } })
    slide.addText(t('deck.cardOf', { n: i + 1, total: cards.length }), { ...text, x: 7, y: 0.1, w: 2.6, h: 0.7, fontSize: 14, color: 'FFFFFF', align: 'right' })
    slide.addText(card.text, { ...text, x: 0.6, y: 1.2, w: 8.8, h: 2.9, fontSize: 24, valign: 'middle', color: '1A1A1A' })
    const tone = card.tone === 'positive' ? t('deck.positive') : t('deck.negative')
    const facts = [`${t('deck.tone')}: ${tone}`, card.populationGroup ? `${t('deck.populationGroup')}: ${card.populationGroup}` : '']
      .filter(Boolean)
      .join('   ·   ')
    slide.addText(facts, { ...text, x: 0.6, y: 4.25, w: 8.8, h: 0.5, fontSize: 14, color: '333333' })
    if (card.tally) {
      slide.addText(`${t('deck.more')}: ${card.tally.more}   ·   ${t('deck.less')}: ${card.tally.less}`, {
        ...text,
        x: 0.6,
        y: 4.8,
        w: 8.8,
        h: 0.5,
        fontSize: 16,
        bold: true,
        color: '1A1A1A',
      })
    }
  })
  return packPptx(pres)
}
