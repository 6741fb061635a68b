import type { PayloadHandler } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import { clientIp, one, readForm, respond } from '../http'
import { myDataMessage } from '../messages/myDataMessage'
import { subscriberLinks } from '../subscriberLinks'
import { isRateLimited, recordAttempt } from './rateLimit'
import { checkEmail, type FieldErrors } from './validateInput'

/**
 * "What do you have about me?": the answer goes to the address itself, never
 * to the page, and the page answers the same whether the address is known.
 */
export const requestMyData: PayloadHandler = async (req) => {
  const { payload } = req
  const form = await readForm(req, 'my-data')
  if (form instanceof Response) return form
  const { input, lang } = form
  const t = await getTranslator(lang, 'forms')
  const page = `/${lang}/my-data`
  const errors: FieldErrors = {}
  const email = checkEmail(t, input, errors)
  if (errors.email) return respond(req, { status: 400, message: errors.email, errors, redirect: `${page}?error=email` })
  const accepted = { status: 202, message: t('myData.sent'), redirect: `${page}?sent=1` }
  if (one(input, 'website')) return respond(req, accepted)
  const keys = { kind: 'my-data', address: email, ip: clientIp(req) }
  if (await isRateLimited(payload, keys)) {
    return respond(req, { status: 429, message: t('errors.rateLimited'), redirect: `${page}?error=rateLimited` })
  }
  await recordAttempt(payload, keys)
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  const subscriber = docs[0]
  if (subscriber) {
    const links = subscriberLinks(payload, String(subscriber.id), subscriber.language ?? lang)
    await payload.sendEmail({ to: email, ...(await myDataMessage(subscriber, links.deletePage)) })
  }
  return respond(req, accepted)
}
