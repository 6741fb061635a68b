import { Table, TableCell, TableRow, WidthType } from 'docx'

import type { DocumentTexts } from '../documentTexts/loadDocumentTexts'
import { heading, packDocx, paragraph, paragraphsOf, run } from '../shared/docxParts'
import { scriptOf } from '../shared/script'

export type EventInvitationOptions = {
  locale: string
  texts: DocumentTexts['eventInvitation']
  /** Blank for the library: date and place are left as lines to fill in. */
  event?: {
    title?: string
    date?: string
    place?: string
    programme?: { time?: string; item: string }[]
    invitees?: { group: string; organization?: string; count?: number | null; why?: string }[]
  }
  blank?: string
}

/** The decision-maker event invitation: when and where, the programme, and who is invited and why. */
export async function renderEventInvitation({
  locale,
  texts,
  event = {},
  blank = '______________________________',
}: EventInvitationOptions): Promise<Buffer> {
  const script = scriptOf(locale)
  const twoColumns = (rows: [string, string][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [2256, 6770],
      visuallyRightToLeft: script.rtl,
      rows: rows.map(
        ([a, b]) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: 25, type: WidthType.PERCENTAGE },
                children: [paragraph(script, [run(script, a, { bold: true })])],
              }),
              new TableCell({ width: { size: 75, type: WidthType.PERCENTAGE }, children: [paragraph(script, b)] }),
            ],
          }),
      ),
    })
  const programme = event.programme?.length ? event.programme : [{ time: blank.slice(0, 8), item: blank }]
  const invitees = event.invitees ?? []
  return packDocx({
    script,
    title: event.title ? `${texts.title}: ${event.title}` : texts.title,
    sections: [
      {
        properties: {},
        children: [
          heading(script, texts.title, 1),
          ...(event.title ? [paragraph(script, [run(script, event.title, { bold: true, size: 28 })])] : []),
          twoColumns([
            [texts.date, event.date || blank],
            [texts.place, event.place || blank],
          ]),
          paragraph(script, ''),
          ...paragraphsOf(script, texts.text),
          heading(script, texts.programme, 2),
          twoColumns(programme.map((p) => [p.time ?? '', p.item])),
          heading(script, texts.invited, 2),
          ...(invitees.length
            ? invitees.map((i) =>
                paragraph(script, [
                  run(script, [i.group, i.organization].filter(Boolean).join(', ') + (i.count ? ` (${i.count})` : ''), {
                    bold: true,
                  }),
                  ...(i.why ? [run(script, ` – ${i.why}`)] : []),
                ]),
              )
            : [paragraph(script, blank), paragraph(script, blank)]),
        ],
      },
    ],
  })
}
