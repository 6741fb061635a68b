import type { Payload } from 'payload'

import type { Action, Language, Municipality } from '../payload-types'
import { hideSmallCount, type PublicCount } from './hideSmallCount'

export type MunicipalityProfile = {
  municipality: Municipality
  /** True when the public summary is empty in the visitor's language and shown in Finnish. */
  summaryFellBack: boolean
  languages: Language[]
  sessionsHeld: PublicCount
  decisionEventHeld: boolean
  actions: Action[]
}

/**
 * The public profile of one municipality. Sessions and events are not public
 * records, so they are counted here with access overridden and only the
 * aggregate leaves this function (small counts hidden); actions are read as
 * the public, so only those a coordinator marked public appear.
 */
export async function loadMunicipalityProfile(
  payload: Payload,
  slug: string,
  lang: string,
): Promise<MunicipalityProfile | null> {
  const found = await payload.find({
    collection: 'municipalities',
    where: { slug: { equals: slug } },
    locale: lang as 'fi',
    fallbackLocale: 'fi',
    overrideAccess: false,
    depth: 1,
    limit: 1,
  })
  const municipality = found.docs[0] as Municipality | undefined
  if (!municipality) return null

  let summaryFellBack = false
  if (lang !== 'fi' && municipality.summary) {
    const raw = await payload.findByID({
      collection: 'municipalities',
      id: municipality.id,
      locale: lang as 'fi',
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
      select: { summary: true },
    })
    summaryFellBack = !raw.summary
  }

  const projects = await payload.find({
    collection: 'projects',
    where: { municipality: { equals: municipality.id } },
    overrideAccess: true,
    depth: 0,
    limit: 1000,
    pagination: false,
    select: { title: true },
  })
  const projectIds = projects.docs.map((p) => p.id)

  let sessionCount = 0
  let eventClosed = false
  let actions: Action[] = []
  const sessionLanguages = new Set<string>()
  if (projectIds.length) {
    const sessions = await payload.find({
      collection: 'sessions',
      where: { and: [{ project: { in: projectIds } }, { status: { in: ['held', 'reported'] } }] },
      overrideAccess: true,
      depth: 0,
      limit: 10000,
      pagination: false,
      select: { language: true },
    })
    sessionCount = sessions.docs.length
    for (const s of sessions.docs)
      if (s.language) sessionLanguages.add(String(typeof s.language === 'object' ? s.language.id : s.language))
    const events = await payload.count({
      collection: 'decision-events',
      where: { and: [{ project: { in: projectIds } }, { status: { equals: 'closed' } }] },
      overrideAccess: true,
    })
    eventClosed = events.totalDocs > 0
    const publicActions = await payload.find({
      collection: 'actions',
      where: { project: { in: projectIds } },
      overrideAccess: false,
      depth: 0,
      limit: 100,
      pagination: false,
      sort: 'startDate',
    })
    actions = publicActions.docs as Action[]
  }

  const languageIds = new Set<string>([
    ...(municipality.languagesUsed ?? []).map((l) => String(typeof l === 'object' ? l.id : l)),
    ...sessionLanguages,
  ])
  let languages: Language[] = []
  if (languageIds.size) {
    const langs = await payload.find({
      collection: 'languages',
      where: { id: { in: [...languageIds] } },
      locale: lang as 'fi',
      fallbackLocale: 'fi',
      overrideAccess: false,
      depth: 0,
      limit: 200,
      pagination: false,
      sort: 'order',
    })
    languages = langs.docs as Language[]
  }

  return {
    municipality,
    summaryFellBack,
    languages,
    sessionsHeld: hideSmallCount(sessionCount),
    decisionEventHeld: Boolean(municipality.decisionEventHeld) || eventClosed,
    actions,
  }
}
