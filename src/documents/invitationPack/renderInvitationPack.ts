import { Table, TableCell, TableRow, WidthType } from 'docx'

import type { DocumentTexts } from '../documentTexts/loadDocumentTexts'
import { heading, packDocx, paragraph, paragraphsOf, run } from '../shared/docxParts'
import type { QuestionTheme } from '../shared/loadQuestions'
import { scriptOf } from '../shared/script'

export type InvitationPackOptions = {
  locale: string
  texts: DocumentTexts['invitation']
  themes: QuestionTheme[]
  /** A planned session's details; left out, the letter has marked blanks to fill in. */
  details?: { date?: string; place?: string; organiser?: string }
}

/** The invitation letter, the discussion questions by theme and the guidance for facilitators and scribes. */
export async function renderInvitationPack({ locale, texts, themes, details }: InvitationPackOptions): Promise<Buffer> {
  const script = scriptOf(locale)
  const blank = (value: string | undefined) => value || texts.blank
  const detailRow = (label: string, value: string) =>
    new TableRow({
      children: [
        new TableCell({
          width: { size: 30, type: WidthType.PERCENTAGE },
          children: [paragraph(script, [run(script, label, { bold: true })])],
        }),
        new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [paragraph(script, value)] }),
      ],
    })
  const detailsTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2700, 6326],
    visuallyRightToLeft: script.rtl,
    rows: [
      detailRow(texts.date, blank(details?.date)),
      detailRow(texts.place, blank(details?.place)),
      detailRow(texts.organiser, blank(details?.organiser)),
    ],
  })

  const questions = themes.flatMap((theme) => [
    heading(script, theme.name, 3),
    ...theme.questions.map((q, i) => paragraph(script, `${i + 1}. ${q.text}`)),
  ])

  return packDocx({
    script,
    title: texts.title,
    sections: [
      {
        properties: {},
        children: [
          heading(script, texts.title, 1),
          detailsTable,
          paragraph(script, ''),
          ...paragraphsOf(script, texts.letter),
        ],
      },
      { properties: {}, children: [heading(script, texts.questionsHeading, 2), ...questions] },
      {
        properties: {},
        children: [
          heading(script, texts.facilitatorHeading, 2),
          ...paragraphsOf(script, texts.facilitatorGuidance),
          heading(script, texts.scribeHeading, 2),
          ...paragraphsOf(script, texts.scribeGuidance),
        ],
      },
    ],
  })
}
