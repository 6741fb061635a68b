import JSZip from 'jszip'

const CORE = 'docProps/core.xml'

/**
 * Names the document's language in its core properties (`dc:language`), where
 * file managers, search indexes and archives read it. Neither docx nor
 * pptxgenjs writes it, so it is added to the finished file; the other parts
 * are passed through as they were compressed (docx deflates, pptxgenjs stores).
 */
export async function withCoreLanguage(
  data: Buffer,
  tag: string,
  /** As the file was written: JSZip passes parts through unchanged only when asked for the same compression. */
  compression: 'STORE' | 'DEFLATE',
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data)
  const core = await zip.file(CORE)?.async('string')
  if (!core) return data
  const element = `<dc:language>${tag.replace(/[^A-Za-z0-9-]/g, '')}</dc:language>`
  const updated = core.includes('<dc:language>')
    ? core.replace(/<dc:language>[^<]*<\/dc:language>/, element)
    : core.replace('</cp:coreProperties>', `${element}</cp:coreProperties>`)
  zip.file(CORE, updated)
  return zip.generateAsync({ type: 'nodebuffer', compression })
}
