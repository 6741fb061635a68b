import type { PayloadHandler } from 'payload'

import { siteUrl } from '../../http'
import { getTranslator } from '../../i18n/getTranslator'
import { clientIp, one, readForm, respond } from '../http'
import { workspaceAdminNotice } from '../messages/workspaceMessages'
import { isRateLimited, recordAttempt } from '../signup/rateLimit'
import { checkConsent, checkEmail, checkLanguage, checkText, type FieldErrors } from '../signup/validateInput'

/** The public workspace form: stores the request and tells every admin. */
export const requestWorkspace: PayloadHandler = async (req) => {
  const { payload } = req
  const form = await readForm(req, 'workspace')
  if (form instanceof Response) return form
  const { input, lang } = form
  const t = await getTranslator(lang, 'forms')
  const page = `/${lang}/workspace`

  const errors: FieldErrors = {}
  const name = checkText(t, input, errors, 'name', 200, 'errors.nameRequired')
  const email = checkEmail(t, input, errors)
  const organization = checkText(t, input, errors, 'organization', 200, 'errors.organizationRequired')
  const municipality = checkText(t, input, errors, 'municipality', 100)
  const role = checkText(t, input, errors, 'role', 200)
  const reason = checkText(t, input, errors, 'reason', 2000, undefined, { multiLine: true })
  const language = one(input, 'language') ? checkLanguage(t, input, errors) : lang
  checkConsent(t, input, errors)
  if (Object.keys(errors).length) {
    return respond(req, {
      status: 400,
      message: Object.values(errors)[0],
      errors,
      redirect: `${page}?${new URLSearchParams({ error: Object.keys(errors).join(',') })}`,
    })
  }
  const accepted = { status: 202, message: t('workspace.sent'), redirect: `${page}?sent=1` }
  if (one(input, 'website')) return respond(req, accepted)

  const keys = { kind: 'workspace', address: email, ip: clientIp(req) }
  if (await isRateLimited(payload, keys)) {
    return respond(req, { status: 429, message: t('errors.rateLimited'), redirect: `${page}?error=rateLimited` })
  }
  await recordAttempt(payload, keys)

  const request = await payload.create({
    collection: 'workspace-requests',
    data: { name, email, organization, municipality, role, reason, language, status: 'pending' },
    depth: 0,
  })
  const { docs: admins } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    pagination: false,
    depth: 0,
  })
  if (admins.length) {
    const notice = await workspaceAdminNotice(
      request,
      `${siteUrl()}/admin/collections/workspace-requests/${request.id}`,
    )
    try {
      await payload.sendEmail({ to: admins.map((a) => a.email), ...notice })
    } catch (error) {
      // A request no admin hears of would wait unseen: undone, and the visitor asked to try again later.
      payload.logger.warn({ err: error, msg: 'A workspace request notice could not be sent; the request was undone' })
      await payload.delete({ collection: 'workspace-requests', id: request.id })
      return respond(req, { status: 503, message: t('errors.tryLater'), redirect: `${page}?error=tryLater` })
    }
  }
  return respond(req, accepted)
}
