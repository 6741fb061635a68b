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
    cardOf: t('deck.cardOf', { n: '\u0000', total: cards.length }),
  }
  cards.forEach((card, i) => {
    const colour = hex(card.theme.colour)
    const slide = pres.addSlide({ masterName: masterFor(colour) })
    slide.addText(`${label.theme}: ${card.theme.name}`, {
      ...text,
      x: 0.4,
      y: 0.1,
      w: 6.6,
      h: 0.7,
      fontSize: 22,
      bold: true,
      color: 'FFFFFF',
    })
    slide.addText(label.cardOf.replace('\u0000', String(i + 1)), {
      ...text,
      x: 7,
      y: 0.1,
      w: 2.6,
      h: 0.7,
      fontSize: 14,
      color: 'FFFFFF',
      align: 'right',
    })
    slide.addText(card.text, {
      ...text,
      x: 0.6,
      y: 1.2,
      w: 8.8,
      h: 2.9,
      fontSize: 24,
      valign: 'middle',
      color: '1A1A1A',
    })
    const tone = card.tone === 'positive' ? label.positive : label.negative
    const facts = [`${label.tone}: ${tone}`, card.populationGroup ? `${label.group}: ${card.populationGroup}` : '']
      .filter(Boolean)
      .join('   ·   ')
    // Facts and tally share one text box: two lines a reader meets in order, and one shape fewer per slide.
    const tally = card.tally ? `${label.more}: ${card.tally.more}   ·   ${label.less}: ${card.tally.less}` : ''
    slide.addText(tally ? `${facts}\n${tally}` : facts, {
      ...text,
      x: 0.6,
      y: 4.2,
      w: 8.8,
      h: 1.1,
      fontSize: 15,
      color: '1A1A1A',
      valign: 'top',
    })
  })
  return packPptx(pres)
}
