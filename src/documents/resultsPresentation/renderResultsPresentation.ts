import type { TFunction } from 'i18next'

import type { DeckCard } from '../cardDeck/renderCardDeck'
import { fitFontSize } from '../shared/fitText'
import { hex, newPresentation, packPptx, placed, textOptions } from '../shared/pptxParts'
import { scriptOf } from '../shared/script'
import { CHART_LEGEND_SIZE, chartBox, countChart } from './countChart'
import { CARD_INSET, layResultCards } from './layResultCards'
import { pageSessionRows, sessionTable } from './pageSessionRows'

export type ResultsOptions = {
  locale: string
  t: TFunction
  projectTitle: string
  sessions: { language: string; populationGroup: string; participants: number }[]
  /** Card counts per theme, in theme order. */
  themes: { name: string; colour: string; positive: number; negative: number }[]
  selectedCards: DeckCard[]
  event?: { title: string; date?: string; place?: string }
}

/** Participants per language, summed over the sessions, in the order languages first appear. */
export function participantsByLanguage(sessions: ResultsOptions['sessions']): { language: string; count: number }[] {
  const totals = new Map<string, number>()
  for (const s of sessions) totals.set(s.language, (totals.get(s.language) ?? 0) + s.participants)
  return [...totals].map(([language, count]) => ({ language, count }))
}

/**
 * The results for the decision-maker event and the council: who was heard,
 * what the cards say by theme and tone (native, editable charts with alt
 * text), the selected cards, and the next step.
 */
export async function renderResultsPresentation({
  locale,
  t,
  projectTitle,
  sessions,
  themes,
  selectedCards,
  event,
}: ResultsOptions): Promise<Buffer> {
  const script = scriptOf(locale)
  const text = textOptions(script)
  const pres = newPresentation(script, `${t('results.title')}: ${projectTitle}`)
  const title = (slide: ReturnType<typeof pres.addSlide>, value: string) =>
    slide.addText(value, { ...text, x: 0.5, y: 0.25, w: 9, h: 0.8, fontSize: 26, bold: true, color: '1A1A1A' })

  const cover = pres.addSlide()
  // A project's title may be 200 characters, an event's place 300: these shrink to fit like the cards.
  const coverBox = { x: 0.5, y: 1.5, w: 9, h: 1.4, inset: 7.2 }
  cover.addText(projectTitle, {
    ...text,
    ...placed(coverBox),
    fontSize: fitFontSize([{ text: projectTitle, bold: true }], coverBox, 34, 16) ?? 16,
    bold: true,
  })
  cover.addText(`${t('results.title')} – ${t('results.subtitle')}`, {
    ...text,
    x: 0.5,
    y: 3,
    w: 9,
    h: 0.8,
    fontSize: 20,
  })

  const total = sessions.reduce((sum, s) => sum + s.participants, 0)
  const header = [t('results.language'), t('results.group'), t('results.participants')]
  const rows = [...sessions.map((s) => [s.language, s.populationGroup, String(s.participants)])]
  // As many sessions as fit under the title; the header row is repeated on every slide, the total ends the last.
  for (const page of pageSessionRows(header, rows, [t('results.total'), '', String(total)])) {
    const sessionSlide = pres.addSlide()
    title(sessionSlide, t('results.sessionsHeading'))
    sessionSlide.addTable(
      page.rows.map((cells, r) =>
        cells.map((v) => ({
          text: v,
          options: {
            ...text,
            fontSize: sessionTable.fontSize,
            margin: sessionTable.margin,
            bold: r === 0 || (page.last && r === page.rows.length - 1),
            fill: r === 0 ? { color: 'E8EEF5' } : undefined,
          },
        })),
      ),
      {
        x: sessionTable.x,
        y: sessionTable.y,
        w: sessionTable.w,
        colW: sessionTable.colW,
        rowH: page.heights,
        border: { type: 'solid', pt: 1, color: '999999' },
      },
    )
  }

  const byLanguage = participantsByLanguage(sessions)
  const languageSlide = pres.addSlide()
  title(languageSlide, t('results.participantsChart'))
  languageSlide.addChart(
    'bar',
    [
      {
        name: t('results.participants'),
        labels: byLanguage.map((l) => l.language),
        values: byLanguage.map((l) => l.count),
      },
    ],
    {
      ...chartBox,
      ...countChart(
        byLanguage.map((l) => l.count),
        script.font,
      ),
      chartColors: ['2A6EBB'],
      showLegend: false,
      altText: t('results.participantsAlt', { list: byLanguage.map((l) => `${l.language} ${l.count}`).join(', ') }),
    },
  )

  const themeSlide = pres.addSlide()
  title(themeSlide, t('results.themesChart'))
  themeSlide.addChart(
    'bar',
    [
      { name: t('deck.positive'), labels: themes.map((th) => th.name), values: themes.map((th) => th.positive) },
      { name: t('deck.negative'), labels: themes.map((th) => th.name), values: themes.map((th) => th.negative) },
    ],
    {
      ...chartBox,
      ...countChart(
        themes.flatMap((th) => [th.positive, th.negative]),
        script.font,
      ),
      barGrouping: 'clustered',
      // Blue and orange rather than green and red: told apart by people with red-green colour blindness too.
      chartColors: ['1F5FA8', 'C4560C'],
      showLegend: true,
      legendPos: 'b',
      legendFontFace: script.font,
      legendFontSize: CHART_LEGEND_SIZE,
      legendColor: '1A1A1A',
      altText: t('results.themesAlt', {
        list: themes
          .map((th) => `${th.name}: ${t('deck.positive')} ${th.positive}, ${t('deck.negative')} ${th.negative}`)
          .join('; '),
      }),
    },
  )

  const continued = t('deck.continued')
  const cardsPlaced = layResultCards(
    selectedCards.map((card) => ({
      heading: `${card.theme.name} · ${card.tone === 'positive' ? t('deck.positive') : t('deck.negative')}`,
      text: card.text,
    })),
    { rtl: script.rtl, continued },
  )
  const cardSlides: ReturnType<typeof pres.addSlide>[] = []
  for (const card of cardsPlaced) {
    if (!cardSlides[card.slide]) {
      cardSlides[card.slide] = pres.addSlide()
      title(cardSlides[card.slide], t('results.selectedCards'))
    }
    const colour = hex(selectedCards[card.index].theme.colour)
    cardSlides[card.slide].addText(
      [
        { text: card.heading, options: { bold: true, breakLine: true, color: colour } },
        { text: card.text, options: { color: '1A1A1A' } },
      ],
      {
        ...text,
        x: card.x,
        y: card.y,
        w: card.w,
        h: card.h,
        fontSize: card.fontSize,
        valign: 'top',
        line: { color: colour, width: 2 },
        margin: CARD_INSET,
      },
    )
  }

  const next = pres.addSlide()
  title(next, t('results.nextStep'))
  const nextText = event ? [event.title, event.date, event.place].filter(Boolean).join('\n') : t('results.noEvent')
  const nextBox = { x: 0.5, y: 1.3, w: 9, h: 3.8, inset: 7.2 }
  next.addText(nextText, {
    ...text,
    ...placed(nextBox),
    fontSize: fitFontSize([{ text: nextText }], nextBox, 22, 12) ?? 12,
    valign: 'top',
  })
  return packPptx(pres, script)
}
