import type { PayloadHandler } from 'payload'

import { requestLanguage } from '../../http'
import { getTranslator } from '../../i18n/getTranslator'
import { type FormInput, one, readForm, respond } from '../http'
import { verifySignedToken } from '../tokens'

function tokenOf(req: Parameters<PayloadHandler>[0], input: FormInput = {}): string {
  return one(input, 'token') || new URL(req.url ?? 'http://x').searchParams.get('token') || ''
}

/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click`
 * with the token in the address; the page's button posts the token in the form.
 * Takes effect at once; repeating it is harmless.
 */
export const unsubscribe: PayloadHandler = async (req) => {
  const { payload } = req
  const form = await readForm(req, 'unsubscribe')
  if (form instanceof Response) return form
  const { input, lang } = form
  const t = await getTranslator(lang, 'forms')
  const id = verifySignedToken(payload.secret, 'unsubscribe', tokenOf(req, input))
  if (!id)
    return respond(req, {
      status: 400,
      message: t('errors.tokenInvalid'),
      redirect: `/${lang}/unsubscribe?error=token`,
    })
  const { docs } = await payload.find({ collection: 'subscribers', where: { id: { equals: id } }, limit: 1, depth: 0 })
  if (docs[0] && docs[0].status !== 'unsubscribed') {
    await payload.update({
      collection: 'subscribers',
      id,
      data: { status: 'unsubscribed', confirmTokenHash: null, confirmTokenExpiresAt: null },
      depth: 0,
    })
  }
  const done = { status: 200, message: t('unsubscribe.done'), redirect: `/${lang}/unsubscribe?done=1` }
  // A mail client's one-click POST reads only the status; a person's browser gets the result page.
  if (one(input, 'List-Unsubscribe') === 'One-Click') return Response.json({ message: done.message }, { status: 200 })
  return respond(req, done)
}

/** A person opening the List-Unsubscribe address in a browser sees the confirm page, nothing changes on GET. */
export const unsubscribePage: PayloadHandler = async (req) => {
  const lang = requestLanguage(req, 'visitor')
  const token = tokenOf(req)
  return new Response(null, {
    status: 303,
    headers: { Location: `/${lang}/unsubscribe?token=${encodeURIComponent(token)}` },
  })
}
