import type { PayloadHandler } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import { one, readForm, respond } from '../http'
import { hashToken } from '../tokens'

/** The confirmation link's token works once, within its 7 days, for a sign-up still waiting. */
export const confirm: PayloadHandler = async (req) => {
  const { payload } = req
  const form = await readForm(req, 'confirm')
  if (form instanceof Response) return form
  const { input, lang } = form
  const t = await getTranslator(lang, 'forms')
  const token = one(input, 'token') || new URL(req.url ?? 'http://x').searchParams.get('token') || ''
  const invalid = { status: 400, message: t('errors.tokenInvalid'), redirect: `/${lang}/confirm?error=token` }
  if (!token || token.length > 200) return respond(req, invalid)

  const { docs } = await payload.find({
    collection: 'subscribers',
    where: {
      and: [
        { confirmTokenHash: { equals: hashToken(token) } },
        { status: { equals: 'pending' } },
        { confirmTokenExpiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
  })
  const subscriber = docs[0]
  if (!subscriber) return respond(req, invalid)
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'confirmed',
      confirmedAt: new Date().toISOString(),
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    depth: 0,
  })
  return respond(req, { status: 200, message: t('confirm.done'), redirect: `/${lang}/confirm?done=1` })
}
