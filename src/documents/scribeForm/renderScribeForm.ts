import { type Document, HeightRule, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx'

import type { DocumentTexts } from '../documentTexts/loadDocumentTexts'
import { docxDocument, heading, paragraph, run, writeDocx } from '../shared/docxParts'
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

/** A handwritten line on a printed form: 1 cm (567 twips), as on ruled paper for adults. */
export const HANDWRITING_LINE = 567
/** Lines of room to write in under each question, and under each closing section. */
export const WRITING_LINES = { question: 6, closing: 8 }

/**
 * The scribe's form. Each question is a small table: the question (with a
 * hidden marker naming it, which Word keeps however the visible text is
 * edited), a label row, and one row of empty cells to write in. The upload
 * reads the last row of every marked table back into a draft report.
 */
export async function renderScribeForm(options: ScribeFormOptions): Promise<Buffer> {
  return writeDocx(scribeFormDocument(options), scriptOf(options.locale))
}

/** The form as a docx Document, before it is written: the tests lay its pages out as Word would. */
export function scribeFormDocument({
  locale,
  texts,
  finnishTexts,
  themes,
  sessionId,
  header = {},
}: ScribeFormOptions): Document {
  const script = scriptOf(locale)
  const fi = scriptOf('fi')
  const bilingual = locale !== 'fi'
  const cell = (children: ReturnType<typeof paragraph>[], extra: { span?: number; fill?: boolean } = {}) =>
    new TableCell({ columnSpan: extra.span, shading: extra.fill ? shaded : undefined, children })

  const headerRow = (label: string, value: string) =>
    new TableRow({
      cantSplit: true,
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
  // The writing row never splits across pages and is at least six handwritten lines high; it grows with typed text.
  const writingRow = (columns: number, lines: number) =>
    new TableRow({
      cantSplit: true,
      height: { value: lines * HANDWRITING_LINE, rule: HeightRule.ATLEAST },
      children: Array.from({ length: columns }, () => cell([paragraph(script, '')])),
    })
  // The rows above it stay on its page (keep with next) and repeat at the top of the next page if typed notes run over.
  const leadRow = (children: TableCell[]) =>
    new TableRow({ cantSplit: true, tableHeader: true, keepNext: true, children })
  const labelRow = () =>
    leadRow(
      bilingual
        ? [
            cell([paragraph(script, texts.notes)], { fill: true }),
            cell([paragraph(fi, finnishTexts.finnish)], { fill: true }),
          ]
        : [cell([paragraph(script, texts.notes)], { fill: true })],
    )

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
            leadRow([cell(questionParagraphs, { span: answerColumns })]),
            labelRow(),
            writingRow(answerColumns, WRITING_LINES.question),
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
        leadRow([
          cell([
            paragraph(script, [
              run(script, formMarker.section(name), { hidden: true }),
              run(script, texts[name], { bold: true }),
            ]),
          ]),
        ]),
        writingRow(1, WRITING_LINES.closing),
      ],
    }),
    paragraph(script, ''),
  ])

  return docxDocument({
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
