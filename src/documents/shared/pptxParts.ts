import PptxGenJS from 'pptxgenjs'

import type { Script } from './script'

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

export async function packPptx(pres: Presentation): Promise<Buffer> {
  const out = await pres.write({ outputType: 'nodebuffer' })
  return Buffer.from(out as Uint8Array)
}

/** #RRGGBB → RRGGBB, as pptxgenjs wants colours. */
export function hex(colour: string | undefined, fallback = '2A6EBB'): string {
  return (colour ?? '').replace(/^#/, '').match(/^[0-9a-fA-F]{6}$/)
    ? (colour as string).replace(/^#/, '').toUpperCase()
    : fallback
}
