export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/** A generated file, ready to send or store. */
export type DocumentFile = { data: Buffer; filename: string; mimetype: typeof DOCX | typeof PPTX }

/**
 * A name people recognise in their downloads folder, ending in the document's
 * language (`… – kirjurilomake-ar.docx`) so two language versions never
 * overwrite each other; path separators and control characters removed.
 */
export function fileName(parts: (string | null | undefined)[], locale: string, extension: 'docx' | 'pptx'): string {
  const base = parts
    .filter(Boolean)
    .join(' – ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not carry
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
  return `${base || 'document'}-${locale.replace(/[^A-Za-z0-9-]/g, '')}.${extension}`
}
