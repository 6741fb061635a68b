import type { Endpoint } from 'payload'

import { endpoint, refuse, requestLanguage } from '../../http'
import { getAdminTranslator } from '../../i18n/admin/getAdminTranslator'
import { contentLocaleCodes, defaultLocale } from '../../i18n/locales'
import { collectTranslationRows } from '../collectTranslationRows'
import { isTranslationEditor } from '../isTranslationEditor'
import { buildXliff } from './buildXliff'

/** GET /api/translations/xliff?language=so — the texts that need work in Somali, as an XLIFF 2.0 download. */
export const xliffExportEndpoint: Endpoint = {
  path: '/translations/xliff',
  method: 'get',
  handler: endpoint('admin', async (req) => {
    if (!isTranslationEditor(req)) return refuse(req, req.user ? 403 : 401, 'admin:translations.xliff.errors.forbidden')
    const language = String((req.query as Record<string, unknown>)?.language ?? '')
    if (!(contentLocaleCodes as string[]).includes(language) || language === defaultLocale) {
      return refuse(req, 400, 'admin:translations.xliff.errors.unknownTarget', { values: { trgLang: language } })
    }
    const t = await getAdminTranslator(requestLanguage(req, 'admin'))
    const rows = await collectTranslationRows(req)
    const { xml } = buildXliff(rows, language, {
      richText: t('translations.xliff.richTextNote'),
      status: (status) => t(`translations.status.${status}`),
    })
    const date = new Date().toISOString().slice(0, 10)
    return new Response(xml, {
      status: 200,
      headers: {
        'Content-Type': 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="hyvat-vaestosuhteet-${language}-${date}.xlf"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}
