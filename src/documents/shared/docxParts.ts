/**
 * The building blocks every Word document shares, so each generator states only
 * its content: direction, language and fonts are decided here once.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  type ISectionOptions,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx'

import type { Script } from './script'
import { withCoreLanguage } from './withCoreLanguage'

type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel]

export function run(
  script: Script,
  text: string,
  extra: { bold?: boolean; hidden?: boolean; size?: number } = {},
): TextRun {
  return new TextRun({
    text,
    bold: extra.bold,
    size: extra.size,
    vanish: extra.hidden,
    // The language itself is set once, in the default styles; a run only says it is right to left.
    rightToLeft: script.rtl || undefined,
  })
}

export function paragraph(
  script: Script,
  children: ParagraphChild[] | string,
  extra: { heading?: HeadingLevelValue; spacingAfter?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: extra.heading,
    keepNext: extra.keepNext,
    bidirectional: script.rtl || undefined,
    alignment: script.rtl ? AlignmentType.RIGHT : undefined,
    spacing: extra.spacingAfter ? { after: extra.spacingAfter } : undefined,
    children: typeof children === 'string' ? [run(script, children)] : children,
  })
}

export function heading(script: Script, text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[level]
  // A heading never ends a page: it stays with what it introduces.
  return paragraph(script, text, { heading: headingLevel, spacingAfter: 160, keepNext: true })
}

/** A CMS text area: paragraphs separated by blank lines, line breaks kept inside a paragraph. */
export function paragraphsOf(script: Script, text: string | null | undefined): Paragraph[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      paragraph(
        script,
        block
          .split('\n')
          .map(
            (line, i) =>
              new TextRun({ text: line, break: i > 0 ? 1 : undefined, rightToLeft: script.rtl || undefined }),
          ),
      ),
    )
}

export type DocxOptions = {
  script: Script
  title: string
  description?: string
  sections: ISectionOptions[]
  customProperties?: { name: string; value: string }[]
}

/** The document with its title in the core properties and the language and fonts in the default styles. */
export function docxDocument({ script, title, description, sections, customProperties }: DocxOptions): Document {
  const language = { value: script.tag, bidirectional: script.rtl ? script.tag : undefined }
  const font = { ascii: script.font, hAnsi: script.font, eastAsia: script.font, cs: script.complexFont }
  return new Document({
    title,
    description,
    creator: 'Hyvät väestösuhteet -portaali',
    customProperties,
    styles: {
      default: {
        document: { run: { font, size: 22, language }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font, size: 36, bold: true, language } },
        heading2: { run: { font, size: 28, bold: true, language } },
        heading3: { run: { font, size: 24, bold: true, language } },
      },
    },
    sections,
  })
}

/** The .docx file of a document, its language named in the core properties too. */
export async function writeDocx(document: Document, script: Script): Promise<Buffer> {
  return withCoreLanguage(await Packer.toBuffer(document), script.tag, 'DEFLATE')
}

/** A finished .docx. */
export async function packDocx(options: DocxOptions): Promise<Buffer> {
  return writeDocx(docxDocument(options), options.script)
}
