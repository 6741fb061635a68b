import type { PayloadRequest } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import type { Report, Session } from '../../payload-types'
import { reportFieldOf } from './formMarkers'
import { openDocxSafely } from './openDocxSafely'
import { readScribeForm } from './readScribeForm'
import { ScribeFormError } from './ScribeFormError'

/**
 * Turns an uploaded scribe form into a draft report on the session, created as
 * the uploader (so the reports collection's own access decides). Everything
 * is checked before the one write, so a refused file stores nothing.
 */
export async function importScribeForm(req: PayloadRequest, session: Session, data: Buffer): Promise<Report> {
  const docx = await openDocxSafely(data)
  const documentXml = await docx.read('word/document.xml')
  if (!documentXml) throw new ScribeFormError('notDocx')
  const form = readScribeForm(documentXml, await docx.read('docProps/custom.xml'))
  if (!form.isForm) throw new ScribeFormError('notAForm', 422)
  if (form.sessionId && form.sessionId !== String(session.id)) throw new ScribeFormError('otherSession', 409)

  const ids = [...new Set(form.answers.map((a) => a.question))]
  const known = ids.length
    ? new Set(
        (
          await req.payload.find({
            collection: 'discussion-questions',
            where: { id: { in: ids } },
            limit: 0,
            pagination: false,
            depth: 0,
            select: {},
            overrideAccess: false,
            user: req.user,
            req,
          })
        ).docs.map((q) => String(q.id)),
      )
    : new Set<string>()
  const t = await getTranslator('fi', 'documents')
  const sections = Object.fromEntries(
    Object.entries(form.sections).map(([name, text]) => [reportFieldOf[name as keyof typeof reportFieldOf], text]),
  )
  return req.payload.create({
    collection: 'reports',
    data: {
      session: session.id,
      title: t('upload.reportTitle', { session: session.title ?? session.populationGroup }).slice(0, 200),
      status: 'draft',
      answers: form.answers
        .filter((a) => known.has(a.question))
        .map((a) => ({ question: a.question, original: a.original, finnish: a.finnish })),
      ...sections,
    } as never,
    overrideAccess: false,
    user: req.user,
    req,
  })
}
