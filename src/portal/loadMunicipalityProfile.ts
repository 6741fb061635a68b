import type { Payload } from 'payload'
import { cache } from 'react'

import type { Action, Language, Municipality } from '../payload-types'
import { hideSmallCount, type PublicCount } from './hideSmallCount'
import { loadMunicipalityActivity } from './loadMunicipalityActivity'
import { type PublicPhase, publicPhase } from './publicPhase'

export type MunicipalityProfile = {
  municipality: Municipality
  /** True when the public summary is empty in the visitor's language and shown in Finnish. */
  summaryFellBack: boolean
  languages: Language[]
  /** The phase as the public sees it (see publicPhase): never "not yet" next to held sessions or a held event. */
  phase: PublicPhase
  sessionsHeld: PublicCount
  decisionEventHeld: boolean
  actions: Action[]
}

/**
 * The public profile of one municipality. Sessions and events are counted by
 * loadMunicipalityActivity (only aggregates, small counts hidden here);
 * actions are read as the public, so only those a coordinator marked public
 * appear.
 */
export const loadMunicipalityProfile = cache(async function loadMunicipalityProfile(
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

  const [activity] = (await loadMunicipalityActivity(payload, [municipality])).values()
  let actions: Action[] = []
  if (activity.projectIds.length) {
    const publicActions = await payload.find({
      collection: 'actions',
      where: { project: { in: activity.projectIds } },
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
    ...activity.sessionLanguageIds,
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
    phase: publicPhase(municipality, activity),
    sessionsHeld: hideSmallCount(activity.sessionsHeld),
    decisionEventHeld: activity.eventHeld,
    actions,
  }
})
