import { ShadingType, Table, TableCell, TableRow, WidthType } from 'docx'

import type { DocumentTexts } from '../documentTexts/loadDocumentTexts'
import { heading, packDocx, paragraph, run } from '../shared/docxParts'
import type { QuestionTheme } from '../shared/loadQuestions'
import { scriptOf } from '../shared/script'
import { closingSections, formMarker } from './formMarkers'

export type ScribeFormHeader = {
  project?: string
  session?: string
  populationGroup?: string
  language?: string
  date?: string
  /** A count only: the form never carries participants' names. */
  participants?: number | null
}

export type ScribeFormOptions = {
  locale: string
  texts: DocumentTexts['scribeForm']
  /** Finnish labels, for the Finnish column and the Finnish wording of each question. */
  finnishTexts: DocumentTexts['scribeForm']
  themes: QuestionTheme[]
  /** Set on a session's form: an upload for another session is refused. */
  sessionId?: string
  header?: ScribeFormHeader
}

const shaded = { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' }

/**
 * The scribe's form. Each question is a small table: the question (with a
 * hidden marker naming it, which Word keeps however the visible text is
 * edited), a label row, and one row of empty cells to write in. The upload
 * reads the last row of every marked table back into a draft report.
 */
export async function renderScribeForm({
  locale,
  texts,
  finnishTexts,
  themes,
  sessionId,
  header = {},
}: ScribeFormOptions): Promise<Buffer> {
  const script = scriptOf(locale)
  const fi = scriptOf('fi')
  const bilingual = locale !== 'fi'
  const cell = (children: ReturnType<typeof paragraph>[], extra: { span?: number; fill?: boolean } = {}) =>
    new TableCell({ columnSpan: extra.span, shading: extra.fill ? shaded : undefined, children })

  const headerRow = (label: string, value: string) =>
    new TableRow({
      children: [
        cell([paragraph(script, [run(script, label, { bold: true })])], { fill: true }),
        cell([paragraph(script, value)]),
      ],
    })
  const headerTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [3000, 6026],
    visuallyRightToLeft: script.rtl,
    rows: [
      headerRow(texts.project, header.project ?? ''),
      headerRow(texts.session, header.session ?? ''),
      headerRow(texts.populationGroup, header.populationGroup ?? ''),
      headerRow(texts.language, header.language ?? ''),
      headerRow(texts.date, header.date ?? ''),
      headerRow(
        texts.participants,
        header.participants === null || header.participants === undefined ? '' : String(header.participants),
      ),
    ],
  })

  const answerColumns = bilingual ? 2 : 1
  const writingRow = () =>
    new TableRow({
      children: Array.from({ length: answerColumns }, () =>
        cell([paragraph(script, ''), paragraph(script, ''), paragraph(script, '')]),
      ),
    })
  const labelRow = () =>
    new TableRow({
      children: bilingual
        ? [
            cell([paragraph(script, texts.notes)], { fill: true }),
            cell([paragraph(fi, finnishTexts.finnish)], { fill: true }),
          ]
        : [cell([paragraph(script, texts.notes)], { fill: true })],
    })

  let number = 0
  const questionTables = themes.flatMap((theme) => [
    heading(script, theme.name, 3),
    ...theme.questions.flatMap((q) => {
      number += 1
      const questionParagraphs = [
        paragraph(script, [
          run(script, formMarker.question(q.id), { hidden: true }),
          run(script, `${number}. ${q.text}`, { bold: true }),
        ]),
        ...(bilingual ? [paragraph(fi, [run(fi, q.finnish)])] : []),
      ]
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: bilingual ? [4513, 4513] : [9026],
          visuallyRightToLeft: script.rtl,
          rows: [
            new TableRow({ children: [cell(questionParagraphs, { span: answerColumns })] }),
            labelRow(),
            writingRow(),
          ],
        }),
        paragraph(script, ''),
      ]
    }),
  ])

  const closing = closingSections.flatMap((name) => [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [9026],
      visuallyRightToLeft: script.rtl,
      rows: [
        new TableRow({
          children: [
            cell([
              paragraph(script, [
                run(script, formMarker.section(name), { hidden: true }),
                run(script, texts[name], { bold: true }),
              ]),
            ]),
          ],
        }),
        new TableRow({ children: [cell([paragraph(script, ''), paragraph(script, ''), paragraph(script, '')])] }),
      ],
    }),
    paragraph(script, ''),
  ])

  return packDocx({
    script,
    title: [texts.title, header.session].filter(Boolean).join(' – '),
    customProperties: [
      { name: formMarker.formProperty, value: formMarker.formVersion },
      ...(sessionId ? [{ name: formMarker.sessionProperty, value: sessionId }] : []),
    ],
    sections: [
      {
        properties: {},
        children: [
          heading(script, texts.title, 1),
          paragraph(script, [
            ...(sessionId ? [run(script, formMarker.session(sessionId), { hidden: true })] : []),
            run(script, texts.noNames, { bold: true }),
          ]),
          headerTable,
          paragraph(script, ''),
          heading(script, texts.questionsHeading, 2),
          ...questionTables,
          ...closing,
        ],
      },
    ],
  })
}
