import type { TFunction } from 'i18next'

import { hex, newPresentation, packPptx, placed, textOptions } from '../shared/pptxParts'
import { scriptOf } from '../shared/script'
import { cardBoxes, layCard } from './layCard'

export type DeckCard = {
  text: string
  theme: { name: string; colour: string }
  tone: 'positive' | 'negative'
  populationGroup?: string
  /** After the event: how many small groups wanted more of this, or less of that. */
  tally?: { more: number; less: number }
}

export type CardDeckOptions = { locale: string; t: TFunction; title: string; cards: DeckCard[] }

/**
 * One experience card per slide: the narrative large, its theme in the
 * theme's colour, tone and group below. Each text is set in the largest size
 * that fits its box (layCard); a card too long even at the smallest size
 * continues on the next slide, marked as continued.
 */
export async function renderCardDeck({ locale, t, title, cards }: CardDeckOptions): Promise<Buffer> {
  const script = scriptOf(locale)
  const text = textOptions(script)
  const pres = newPresentation(script, `${t('deck.title')}: ${title}`)
  // One master per theme colour carries the coloured band, so a 300-card deck
  // does not repeat the same shape on every slide. The band is decoration: the
  // theme label on it is real text that a screen reader reads.
  const masters = new Map<string, string>()
  const masterFor = (colour: string) => {
    let name = masters.get(colour)
    if (!name) {
      name = `card-${colour}`
      pres.defineSlideMaster({
        title: name,
        objects: [{ rect: { x: 0, y: 0, w: 10, h: 0.9, fill: { color: colour } } }],
      })
      masters.set(colour, name)
    }
    return name
  }
  // Labels are looked up once: a translator call per card and field is most of the time of a large deck.
  const label = {
    theme: t('deck.theme'),
    tone: t('deck.tone'),
    positive: t('deck.positive'),
    negative: t('deck.negative'),
    group: t('deck.populationGroup'),
    more: t('deck.more'),
    less: t('deck.less'),
    continued: t('deck.continued'),
    cardOf: t('deck.cardOf', { n: '\u0000', total: cards.length }),
  }
  cards.forEach((card, i) => {
    const colour = hex(card.theme.colour)
    const tone = card.tone === 'positive' ? label.positive : label.negative
    const facts = [`${label.tone}: ${tone}`, card.populationGroup ? `${label.group}: ${card.populationGroup}` : '']
      .filter(Boolean)
      .join('   ·   ')
    // Facts and tally share one text box: two lines a reader meets in order, and one shape fewer per slide.
    const tally = card.tally ? `${label.more}: ${card.tally.more}   ·   ${label.less}: ${card.tally.less}` : ''
    const layout = layCard({
      theme: `${label.theme}: ${card.theme.name}`,
      text: card.text,
      facts: tally ? `${facts}\n${tally}` : facts,
    })
    layout.parts.forEach((part, p) => {
      const slide = pres.addSlide({ masterName: masterFor(colour) })
      const number = label.cardOf.replace('\u0000', String(i + 1))
      slide.addText(layout.theme.text, {
        ...text,
        ...placed(cardBoxes.theme),
        fontSize: layout.theme.fontSize,
        bold: true,
        color: 'FFFFFF',
      })
      slide.addText(p > 0 ? `${number} (${label.continued})` : number, {
        ...text,
        ...placed(cardBoxes.number),
        fontSize: 14,
        color: 'FFFFFF',
        align: 'right',
      })
      slide.addText(part, {
        ...text,
        ...placed(cardBoxes.text),
        fontSize: layout.text.fontSize,
        valign: 'middle',
        color: '1A1A1A',
      })
      slide.addText(layout.facts.text, {
        ...text,
        ...placed(cardBoxes.facts),
        fontSize: layout.facts.fontSize,
        color: '1A1A1A',
        valign: 'top',
      })
    })
  })
  return packPptx(pres, script)
}
