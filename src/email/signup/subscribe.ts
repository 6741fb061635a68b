import type { PayloadHandler } from 'payload'

import { siteUrl } from '../../http'
import { getTranslator } from '../../i18n/getTranslator'
import { clientIp, one, readForm, respond } from '../http'
import { confirmationMessage } from '../messages/confirmationMessage'
import { newToken } from '../tokens'
import { isRateLimited, recordAttempt } from './rateLimit'
import { checkConsent, checkEmail, checkLanguage, checkRegions, type FieldErrors } from './validateInput'

export const confirmationValidityMs = 7 * 24 * 60 * 60 * 1000

/**
 * Double opt-in sign-up. Whatever happens to a well-formed request (new
 * address, known address, honeypot filled), the visitor gets the same answer,
 * so the form reveals nothing about who is on the list.
 */
export const subscribe: PayloadHandler = async (req) => {
  const { payload } = req
  const form = await readForm(req, 'subscribe')
  if (form instanceof Response) return form
  const { input, lang } = form
  const t = await getTranslator(lang, 'forms')
  const page = `/${lang}/subscribe`

  const errors: FieldErrors = {}
  const email = checkEmail(t, input, errors)
  const language = checkLanguage(t, input, errors)
  const regions = checkRegions(t, input, errors)
  checkConsent(t, input, errors)
  if (Object.keys(errors).length) {
    const query = new URLSearchParams({ error: Object.keys(errors).join(','), language })
    regions.forEach((r) => query.append('regions', r))
    return respond(req, { status: 400, message: Object.values(errors)[0], errors, redirect: `${page}?${query}` })
  }

  const accepted = { status: 202, message: t('subscribe.sent'), redirect: `${page}?sent=1` }
  if (one(input, 'website')) return respond(req, accepted)

  const keys = { kind: 'subscribe', address: email, ip: clientIp(req) }
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
  const existing = docs[0]
  if (existing?.status === 'confirmed') return respond(req, accepted)

  const { token, hash } = newToken()
  const data = {
    email,
    language,
    regions: regions as never,
    status: 'pending' as const,
    consentAt: new Date().toISOString(),
    confirmTokenHash: hash,
    confirmTokenExpiresAt: new Date(Date.now() + confirmationValidityMs).toISOString(),
  }
  const saved = existing
    ? await payload.update({ collection: 'subscribers', id: existing.id, data, depth: 0 })
    : await payload.create({ collection: 'subscribers', data, depth: 0 })

  const message = await confirmationMessage(language, `${siteUrl()}/${language}/confirm?token=${token}`)
  try {
    await payload.sendEmail({ to: email, ...message })
  } catch (error) {
    // No half-done sign-up: without its confirmation message the sign-up is undone, and the visitor
    // is asked to try again later rather than held or shown a server error.
    payload.logger.warn({ err: error, msg: 'A confirmation message could not be sent; the sign-up was undone' })
    if (existing) {
      const { id: _id, createdAt: _created, updatedAt: _updated, ...before } = existing
      await payload.update({ collection: 'subscribers', id: existing.id, data: before as never, depth: 0 })
    } else await payload.delete({ collection: 'subscribers', id: saved.id })
    return respond(req, { status: 503, message: t('errors.tryLater'), redirect: `${page}?error=tryLater` })
  }
  return respond(req, accepted)
}
