import type { PayloadHandler, PayloadRequest } from 'payload'

import { actorOf } from '../../access/roles'
import { endpoint, refuse, requestLanguage } from '../../http'
import { getTranslator } from '../../i18n/getTranslator'
import { deliveryMode } from '../deliveryMode'
import { audienceWhere } from './audienceWhere'
import { personalizer } from './personalize'
import { type NewsletterAllLocales, renderNewsletter } from './renderNewsletter'

const adminT = (req: PayloadRequest) => getTranslator(requestLanguage(req, 'admin'), 'email')

/** Reads the newsletter as the signed-in person, so only editors and admins get this far. */
async function newsletterFor(req: PayloadRequest) {
  const t = await adminT(req)
  const role = actorOf(req)?.role
  if (role !== 'admin' && role !== 'editor') return { error: refuse(req, 403, 'email:admin.forbidden'), doc: null, t }
  const id = String(req.routeParams?.id ?? '')
  try {
    const doc = await req.payload.findByID({
      collection: 'newsletters',
      id,
      locale: 'all',
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    return { error: null, doc, t }
  } catch {
    return { error: refuse(req, 404, 'email:admin.notFound'), doc: null, t }
  }
}

/**
 * The editor receives the newsletter in every mail language, marked as a test, at their own address.
 * A production server without a Resend key refuses (EmailNotConfiguredError, 503, answered by the edge)
 * instead of queueing mail it cannot send.
 */
export const sendTestNewsletter: PayloadHandler = endpoint('admin', async (req) => {
  const found = await newsletterFor(req)
  if (found.error) return found.error
  const { t } = found
  const doc = found.doc!
  deliveryMode()
  const email = (req.user as { email: string }).email
  const messages = await renderNewsletter(doc as unknown as NewsletterAllLocales)
  // The copy a subscriber would get, with links that lead nowhere ("test" is no subscriber).
  const personalize = personalizer(req.payload, '', messages)
  for (const language of Object.keys(messages)) {
    const copy = personalize({ id: 'test', email, language })
    const subject = `${(await getTranslator(language, 'email'))('test.prefix')} ${copy.subject}`
    await req.payload.sendEmail({ to: email, subject, html: copy.html, text: copy.text, headers: copy.headers })
  }
  return Response.json({ message: t('admin.testSent', { email }) }, { status: 200 })
})

/** Queues the sending job; calling it again while sending resumes an interrupted send. */
export const sendNewsletter: PayloadHandler = endpoint('admin', async (req) => {
  const found = await newsletterFor(req)
  if (found.error) return found.error
  const { t } = found
  const doc = found.doc!
  if (doc.status === 'sent') return refuse(req, 409, 'email:admin.alreadySent')
  deliveryMode()
  const { totalDocs } = await req.payload.count({ collection: 'subscribers', where: audienceWhere(doc) })
  await req.payload.update({ collection: 'newsletters', id: doc.id, data: { status: 'sending' }, depth: 0 })
  await req.payload.jobs.queue({ task: 'sendNewsletter', input: { newsletterId: String(doc.id) }, queue: 'default' })
  return Response.json({ message: t('admin.queued', { total: totalDocs }) }, { status: 202 })
})
