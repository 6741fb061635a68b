const formats: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/pdf': 'pdf',
}

/** The format a visitor recognises (docx, pdf…) for a file's MIME type or name. */
export function fileFormat(mimeType?: string | null, filename?: string | null): string {
  if (mimeType && formats[mimeType]) return formats[mimeType]
  const ext = filename?.split('.').pop()?.toLowerCase()
  return ext || 'file'
}

export const libraryFormats = ['docx', 'pptx', 'xlsx', 'pdf'] as const
