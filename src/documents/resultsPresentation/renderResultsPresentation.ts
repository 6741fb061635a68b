import type { TFunction } from 'i18next'

import type { DeckCard } from '../cardDeck/renderCardDeck'
import { hex, newPresentation, packPptx, textOptions } from '../shared/pptxParts'
import { scriptOf } from '../shared/script'

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
  cover.addText(projectTitle, { ...text, x: 0.5, y: 1.5, w: 9, h: 1.4, fontSize: 34, bold: true })
  cover.addText(`${t('results.title')} – ${t('results.subtitle')}`, {
    ...text,
    x: 0.5,
    y: 3,
    w: 9,
    h: 0.8,
    fontSize: 20,
  })

  const total = sessions.reduce((sum, s) => sum + s.participants, 0)
  const sessionSlide = pres.addSlide()
  title(sessionSlide, t('results.sessionsHeading'))
  const cellOpts = { ...text, fontSize: 14 }
  sessionSlide.addTable(
    [
      [t('results.language'), t('results.group'), t('results.participants')].map((h) => ({
        text: h,
        options: { ...cellOpts, bold: true, fill: { color: 'E8EEF5' } },
      })),
      ...sessions.map((s) =>
        [s.language, s.populationGroup, String(s.participants)].map((v) => ({ text: v, options: cellOpts })),
      ),
      [t('results.total'), '', String(total)].map((v) => ({ text: v, options: { ...cellOpts, bold: true } })),
    ],
    { x: 0.5, y: 1.2, w: 9, colW: [2.2, 5.3, 1.5], border: { type: 'solid', pt: 1, color: '999999' } },
  )

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
      x: 0.5,
      y: 1.1,
      w: 9,
      h: 4.2,
      barDir: 'col',
      chartColors: ['2A6EBB'],
      showValue: true,
      showLegend: false,
      catAxisLabelFontFace: script.font,
      valAxisLabelFontFace: script.font,
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
      x: 0.5,
      y: 1.1,
      w: 9,
      h: 4.2,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: ['2E7D32', 'C62828'],
      showValue: true,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: script.font,
      catAxisLabelFontFace: script.font,
      altText: t('results.themesAlt', {
        list: themes
          .map((th) => `${th.name}: ${t('deck.positive')} ${th.positive}, ${t('deck.negative')} ${th.negative}`)
          .join('; '),
      }),
    },
  )

  if (selectedCards.length) {
    // Four cards a slide keeps each narrative readable from the back of a room.
    for (let i = 0; i < selectedCards.length; i += 4) {
      const slide = pres.addSlide()
      title(slide, t('results.selectedCards'))
      selectedCards.slice(i, i + 4).forEach((card, j) => {
        const x = 0.5 + (j % 2) * 4.6
        const y = 1.15 + Math.floor(j / 2) * 2.2
        const colour = hex(card.theme.colour)
        slide.addText(
          [
            {
              text: `${card.theme.name} · ${card.tone === 'positive' ? t('deck.positive') : t('deck.negative')}`,
              options: { bold: true, breakLine: true, color: colour },
            },
            { text: card.text, options: { color: '1A1A1A' } },
          ],
          { ...text, x, y, w: 4.4, h: 2.05, fontSize: 13, valign: 'top', line: { color: colour, width: 2 }, margin: 6 },
        )
      })
    }
  }

  const next = pres.addSlide()
  title(next, t('results.nextStep'))
  next.addText(event ? [event.title, event.date, event.place].filter(Boolean).join('\n') : t('results.noEvent'), {
    ...text,
    x: 0.5,
    y: 1.3,
    w: 9,
    h: 3,
    fontSize: 22,
    valign: 'top',
  })
  return packPptx(pres)
}
