import { type Endpoint, ValidationError } from 'payload'

import { findEventByToken } from '../board/findEventByToken'
import { readJson } from '../http/readJson'
import { refuse } from '../http/refuse'
import { requestLanguage } from '../http/requestLanguage'

const EFFECTS = ['none', 'little', 'some', 'much']
const GROUPS = ['elected', 'civil-servant', 'ngo', 'resident', 'other']
const LANGUAGES = ['fi', 'sv', 'en']

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
    language: pick('language', LANGUAGES),
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
    handler: async (req) => {
      const found = await findEventByToken(req.payload, 'survey', String(req.routeParams?.token ?? ''))
      if (!found.ok) return refuse(req, found.status, found.reason)
      return Response.json({ title: found.event.title })
    },
  },
  {
    path: '/event-survey/:token',
    method: 'post',
    handler: async (req) => {
      const found = await findEventByToken(req.payload, 'survey', String(req.routeParams?.token ?? ''))
      if (!found.ok) return refuse(req, found.status, found.reason)
      const body = await readJson(req)
      const answer = body ? answerOf(body) : null
      if (!answer) return refuse(req, 400, 'invalidSurvey')
      try {
        await req.payload.create({
          collection: 'feedback-responses',
          data: { language: requestLanguage(req), ...answer, event: found.event.id } as never,
          overrideAccess: true,
          depth: 0,
        })
      } catch (error) {
        if (error instanceof ValidationError) return refuse(req, 400, 'invalidSurvey')
        throw error
      }
      // Nothing identifying comes back: the answer cannot be looked up or changed later.
      return Response.json({ ok: true }, { status: 201 })
    },
  },
]
