import type { PayloadHandler } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import { one, readForm, respond } from '../http'
import { verifySignedToken } from '../tokens'

/** Deletes the subscriber entirely, at once, from the link in their data message. */
export const deleteMyData: PayloadHandler = async (req) => {
  const { payload } = req
  const form = await readForm(req, 'my-data')
  if (form instanceof Response) return form
  const { input, lang } = form
  const t = await getTranslator(lang, 'forms')
  const id = verifySignedToken(payload.secret, 'delete', one(input, 'token'))
  if (!id)
    return respond(req, { status: 400, message: t('errors.tokenInvalid'), redirect: `/${lang}/my-data?error=token` })
  await payload.delete({ collection: 'subscribers', where: { id: { equals: id } }, depth: 0 })
  return respond(req, { status: 200, message: t('myData.deleted'), redirect: `/${lang}/my-data?deleted=1` })
}
