import type { PayloadRequest } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import { pickLanguage } from '../../i18n/pickLanguage'
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

/** A refusal in the person's interface language, in Payload's error shape so the admin shows it. */
export async function refuse(
  req: PayloadRequest,
  status: number,
  key: string,
  values: Record<string, string> = {},
): Promise<Response> {
  const t = await getTranslator(pickLanguage(req.headers.get('accept-language')), 'documents')
  const message = t(`errors.${key}`, values)
  return Response.json({ errors: [{ message }], message }, { status })
}
