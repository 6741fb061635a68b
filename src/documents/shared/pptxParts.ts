import PptxGenJS from 'pptxgenjs'

import type { Script } from './script'
import { withCoreLanguage } from './withCoreLanguage'

export type Presentation = InstanceType<typeof PptxGenJS>

// pptxgenjs ships CommonJS; depending on the loader its class is the default export or sits under `.default`.
const Pptx = ((PptxGenJS as unknown as { default?: typeof PptxGenJS }).default ?? PptxGenJS) as typeof PptxGenJS

/** A presentation with its title set and, for right-to-left languages, mirrored layout. */
export function newPresentation(
  script: Script,
  title: string,
  layout: 'LAYOUT_16x9' | 'A3' = 'LAYOUT_16x9',
): Presentation {
  const pres = new Pptx()
  if (layout === 'A3') {
    pres.defineLayout({ name: 'A3', width: 16.54, height: 11.69 })
  }
  pres.layout = layout
  pres.title = title
  pres.author = 'Hyvät väestösuhteet -portaali'
  pres.rtlMode = script.rtl
  pres.theme = { headFontFace: script.font, bodyFontFace: script.font }
  return pres
}

/**
 * Text options every text box shares: the language for proofing and screen
 * readers, and direction only when right to left. The font comes from the
 * presentation theme, so it is not repeated on every run of a 300-slide deck.
 */
export function textOptions(script: Script): { lang: string; rtlMode?: boolean; align?: 'right' } {
  return script.rtl ? { lang: script.tag, rtlMode: true, align: 'right' } : { lang: script.tag }
}

/** A box's position and size (inches) as pptxgenjs takes them; the inset (points) becomes the text box's margin on every side. */
export function placed(box: { x: number; y: number; w: number; h: number; inset: number }) {
  return { x: box.x, y: box.y, w: box.w, h: box.h, margin: box.inset }
}

/** The .pptx file, its language named in the core properties too. */
export async function packPptx(pres: Presentation, script: Script): Promise<Buffer> {
  const out = await pres.write({ outputType: 'nodebuffer' })
  return withCoreLanguage(Buffer.from(out as Uint8Array), script.tag, 'STORE')
}

/** #RRGGBB → RRGGBB, as pptxgenjs wants colours. */
export function hex(colour: string | undefined, fallback = '2A6EBB'): string {
  return (colour ?? '').replace(/^#/, '').match(/^[0-9a-fA-F]{6}$/)
    ? (colour as string).replace(/^#/, '').toUpperCase()
    : fallback
}
