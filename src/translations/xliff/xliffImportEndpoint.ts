import type { Endpoint, PayloadRequest } from 'payload'

import { endpoint, refuse, requestLanguage } from '../../http'
import { getAdminTranslator } from '../../i18n/admin/getAdminTranslator'
import { isTranslationEditor } from '../isTranslationEditor'
import { applyXliff } from './applyXliff'
import { maxXliffBytes, parseXliff, XliffRefusal } from './parseXliff'

/** The file from a form upload (`file`) or the raw request body. */
async function readUpload(req: PayloadRequest): Promise<string> {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data') && req.formData) {
    const form = await req.formData()
    const file = form.get('file')
    if (file && typeof file === 'object' && 'size' in file && file.size > maxXliffBytes)
      throw new XliffRefusal('tooLarge', { max: '5 MB' })
    return file && typeof file === 'object' && 'text' in file ? await file.text() : typeof file === 'string' ? file : ''
  }
  return (await req.text?.()) ?? ''
}

/**
 * POST /api/translations/xliff[?language=so] — takes a translated XLIFF 2 file
 * back. The whole file is checked first; a malformed or foreign file is refused
 * with a message and nothing is written. Then a report: updated, skipped
 * (stale source, no translation) and refused units.
 */
export const xliffImportEndpoint: Endpoint = {
  path: '/translations/xliff',
  method: 'post',
  handler: endpoint('admin', async (req) => {
    if (!isTranslationEditor(req)) return refuse(req, req.user ? 403 : 401, 'admin:translations.xliff.errors.forbidden')
    const t = await getAdminTranslator(requestLanguage(req, 'admin'))
    const expected = String((req.query as Record<string, unknown>)?.language ?? '') || null
    // A refused file (XliffRefusal) is answered by the edge; nothing has been written by then.
    const parsed = parseXliff(await readUpload(req), expected)
    const report = await applyXliff(req, parsed, (key) => t(`translations.xliff.reasons.${key}`))
    return Response.json({
      message: t('translations.xliff.imported', {
        updated: report.updated.length,
        skipped: report.skipped.length,
        refused: report.refused.length,
      }),
      ...report,
    })
  }),
}
