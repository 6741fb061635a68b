import type { DocumentTexts } from '../documentTexts/loadDocumentTexts'
import { newPresentation, packPptx, textOptions } from '../shared/pptxParts'
import { scriptOf } from '../shared/script'

export type CoordinateGridOptions = {
  locale: string
  texts: DocumentTexts['grid']
  /** A spoken description of the grid, for the slide's alt text. */
  altText: string
  title?: string
}

/** A printable A3 slide with two labelled axes, for placing the cards during the event. */
export async function renderCoordinateGrid({ locale, texts, altText, title }: CoordinateGridOptions): Promise<Buffer> {
  const script = scriptOf(locale)
  const text = textOptions(script)
  const pres = newPresentation(script, title ? `${texts.title}: ${title}` : texts.title, 'A3')
  const slide = pres.addSlide()
  const [w, h] = [16.54, 11.69]
  slide.addText(title ? `${texts.title} – ${title}` : texts.title, {
    ...text,
    x: 0.5,
    y: 0.3,
    w: w - 1,
    h: 0.8,
    fontSize: 28,
    bold: true,
  })
  const cx = w / 2
  const cy = 1.2 + (h - 1.2) / 2
  const line = { color: '1A1A1A', width: 3, beginArrowType: 'triangle' as const, endArrowType: 'triangle' as const }
  slide.addShape('line', { x: 1, y: cy, w: w - 2, h: 0, line })
  slide.addShape('line', { x: cx, y: 1.4, w: 0, h: h - 1.9, line })
  const label = { ...text, fontSize: 20, bold: true, color: '1A1A1A' }
  slide.addText(texts.xAxisLow, { ...label, x: 0.5, y: cy + 0.15, w: 4, h: 0.6, align: 'left' })
  slide.addText(texts.xAxisHigh, { ...label, x: w - 4.5, y: cy + 0.15, w: 4, h: 0.6, align: 'right' })
  slide.addText(texts.yAxisHigh, { ...label, x: cx + 0.2, y: 1.3, w: 5, h: 0.6 })
  slide.addText(texts.yAxisLow, { ...label, x: cx + 0.2, y: h - 0.9, w: 5, h: 0.6 })
  // Shapes take no alt text in PowerPoint; the notes carry the description for anyone not seeing the axes.
  slide.addNotes(altText)
  return packPptx(pres, script)
}
