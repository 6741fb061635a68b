import type { PayloadRequest } from 'payload'

import { refuse as refuseAtEdge } from '../../http'
import { contentDisposition } from '../shared/contentDisposition'
import type { DocumentFile } from '../shared/documentFile'

/** A generated file as a download; never cached, since it carries a project's current data. */
export function sendDocument(file: DocumentFile): Response {
  return new Response(new Uint8Array(file.data), {
    status: 200,
    headers: {
      'Content-Type': file.mimetype,
      'Content-Length': String(file.data.length),
      'Content-Disposition': contentDisposition(file.filename),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/** A refusal with its sentence from `errors.<key>` in documents.json, answered by the HTTP edge. */
export function refuse(
  req: PayloadRequest,
  status: number,
  key: string,
  values: Record<string, string> = {},
): Response {
  return refuseAtEdge(req, status, `documents:errors.${key}`, { values })
}
