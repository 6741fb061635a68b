import { type Endpoint, ValidationError } from 'payload'

import { endpoint, readBody, refuse, requestLanguage } from '../../http'
import { interfaceLocales } from '../../i18n/locales'
import { findEventByToken } from '../board/findEventByToken'

const EFFECTS = ['none', 'little', 'some', 'much']
const GROUPS = ['elected', 'civil-servant', 'ngo', 'resident', 'other']
/** The survey is a public page: refusals are in its language (`?lang=`). */
const visitor = { from: 'visitor' } as const

/** Only the survey's own answers are copied; anything else a client sends (ids, project, IP) is dropped. */
function answerOf(body: Record<string, unknown>): Record<string, string> | null {
  const pick = (key: string, allowed: string[]) => {
    const v = body[key]
    if (v === undefined || v === null || v === '') return undefined
    return typeof v === 'string' && allowed.includes(v) ? v : null
  }
  const text = (key: string) => {
    const v = body[key]
    if (v === undefined || v === null) return ''
    return typeof v === 'string' && v.length <= 4000 ? v.trim() : null
  }
  const answer = {
    language: pick('language', [...interfaceLocales]),
    respondentGroup: pick('respondentGroup', GROUPS),
    dataCollectionEffect: pick('dataCollectionEffect', EFFECTS),
    eventEffect: pick('eventEffect', EFFECTS),
    intentions: text('intentions'),
    comments: text('comments'),
  }
  if (Object.values(answer).some((v) => v === null)) return null
  if (!answer.dataCollectionEffect && !answer.eventEffect && !answer.intentions && !answer.comments) return null
  return Object.fromEntries(Object.entries(answer).filter(([, v]) => v)) as Record<string, string>
}

/** The anonymous feedback survey: the survey token is the only key, and it opens only its own event. */
export const surveyEndpoints: Endpoint[] = [
  {
    path: '/event-survey/:token',
    method: 'get',
    handler: endpoint('visitor', async (req) => {
      const found = await findEventByToken(req.payload, 'survey', String(req.routeParams?.token ?? ''))
      if (!found.ok) return refuse(req, found.status, `event:errors.${found.reason}`, visitor)
      return Response.json({ title: found.event.title })
    }),
  },
  {
    path: '/event-survey/:token',
    method: 'post',
    handler: endpoint('visitor', async (req) => {
      const found = await findEventByToken(req.payload, 'survey', String(req.routeParams?.token ?? ''))
      if (!found.ok) return refuse(req, found.status, `event:errors.${found.reason}`, visitor)
      const answer = answerOf(await readBody(req, visitor))
      if (!answer) return refuse(req, 400, 'event:errors.invalidSurvey', visitor)
      try {
        await req.payload.create({
          collection: 'feedback-responses',
          data: { language: requestLanguage(req, 'visitor'), ...answer, event: found.event.id } as never,
          overrideAccess: true,
          depth: 0,
        })
      } catch (error) {
        if (error instanceof ValidationError) return refuse(req, 400, 'event:errors.invalidSurvey', visitor)
        throw error
      }
      // Nothing identifying comes back: the answer cannot be looked up or changed later.
      return Response.json({ ok: true }, { status: 201 })
    }),
  },
]
