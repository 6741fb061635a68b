import type { Endpoint, PayloadRequest } from 'payload'

import { endpoint, refusalResponse, requestLanguage } from '../../http'
import { getTranslator } from '../../i18n/getTranslator'
import type { Session } from '../../payload-types'
import { importScribeForm } from '../scribeForm/importScribeForm'
import { uploadLimits } from '../scribeForm/openDocxSafely'
import { ScribeFormError } from '../scribeForm/ScribeFormError'
import { findForUser } from './findForUser'
import { refuse } from './respond'

/** The uploaded bytes: a `file` field of a multipart form, or the raw request body. */
async function uploadedBytes(req: PayloadRequest): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  // Multipart framing adds a little; anything far beyond the limit is refused unread.
  if (declared > uploadLimits.maxBytes + 64 * 1024) throw new ScribeFormError('tooLarge', 413)
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData!()
    const file = form.get('file')
    if (!file || typeof file === 'string') throw new ScribeFormError('noFile')
    if (file.size > uploadLimits.maxBytes) throw new ScribeFormError('tooLarge', 413)
    return Buffer.from(await file.arrayBuffer())
  }
  const body = Buffer.from(await req.arrayBuffer!())
  if (body.length === 0) throw new ScribeFormError('noFile')
  return body
}

/** POST /api/documents/sessions/:id/scribe-form — a filled-in form becomes a draft report on the session. */
export const uploadScribeFormEndpoint: Endpoint = {
  path: '/documents/sessions/:id/scribe-form',
  method: 'post',
  handler: endpoint('admin', async (req) => {
    const found = await findForUser<Session>(req, 'sessions', req.routeParams?.id as string, 0)
    if (found.response) return found.response
    try {
      const report = await importScribeForm(req, found.doc, await uploadedBytes(req))
      const t = await getTranslator(requestLanguage(req, 'admin'), 'documents')
      return Response.json(
        { message: t('upload.created', { answers: report.answers?.length ?? 0 }), doc: report },
        { status: 201 },
      )
    } catch (error) {
      if (error instanceof ScribeFormError) return refuse(req, error.status, error.reason)
      if ((error as { status?: number }).status === 403) return refuse(req, 403, 'forbidden')
      const refused = refusalResponse(req, error)
      if (refused) return refused
      req.payload.logger.error({ err: error, msg: 'Reading a scribe form failed' })
      return refuse(req, 500, 'failed')
    }
  }),
}
