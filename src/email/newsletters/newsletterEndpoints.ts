import type { PayloadHandler, PayloadRequest } from 'payload'

import { actorOf } from '../../access/roles'
import { getTranslator } from '../../i18n/getTranslator'
import { deliveryMode } from '../deliveryMode'
import { EmailNotConfiguredError } from '../emailNotConfigured'
import { isMailLanguage } from '../signup/validateInput'
import { audienceWhere } from './audienceWhere'
import { personalizer } from './personalize'
import { type NewsletterAllLocales, renderNewsletter } from './renderNewsletter'

async function adminT(req: PayloadRequest) {
  const lang = req.i18n?.language
  return getTranslator(lang && isMailLanguage(lang) ? lang : 'en', 'email')
}

/** Reads the newsletter as the signed-in person, so only editors and admins get this far. */
async function newsletterFor(req: PayloadRequest) {
  const t = await adminT(req)
  const role = actorOf(req)?.role
  if (role !== 'admin' && role !== 'editor')
    return { error: Response.json({ message: t('admin.forbidden') }, { status: 403 }), doc: null, t }
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
    return { error: Response.json({ message: t('admin.notFound') }, { status: 404 }), doc: null, t }
  }
}

/** A production server without a Resend key says so in the admin instead of queueing mail it cannot send. */
function configurationRefusal(): Response | null {
  try {
    deliveryMode()
    return null
  } catch (error) {
    if (error instanceof EmailNotConfiguredError) return Response.json({ message: error.message }, { status: 503 })
    throw error
  }
}

/** The editor receives the newsletter in every mail language, marked as a test, at their own address. */
export const sendTestNewsletter: PayloadHandler = async (req) => {
  const found = await newsletterFor(req)
  if (found.error) return found.error
  const { t } = found
  const doc = found.doc!
  const refused = configurationRefusal()
  if (refused) return refused
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
}

/** Queues the sending job; calling it again while sending resumes an interrupted send. */
export const sendNewsletter: PayloadHandler = async (req) => {
  const found = await newsletterFor(req)
  if (found.error) return found.error
  const { t } = found
  const doc = found.doc!
  if (doc.status === 'sent') return Response.json({ message: t('admin.alreadySent') }, { status: 409 })
  const refused = configurationRefusal()
  if (refused) return refused
  const { totalDocs } = await req.payload.count({ collection: 'subscribers', where: audienceWhere(doc) })
  await req.payload.update({ collection: 'newsletters', id: doc.id, data: { status: 'sending' }, depth: 0 })
  await req.payload.jobs.queue({ task: 'sendNewsletter', input: { newsletterId: String(doc.id) }, queue: 'default' })
  return Response.json({ message: t('admin.queued', { total: totalDocs }) }, { status: 202 })
}
