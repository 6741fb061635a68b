import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../access/roles'
import { getTranslator } from '../../i18n/getTranslator'
import type { Project } from '../../payload-types'

export class NextRoundError extends Error {
  constructor(readonly reason: 'notFound' | 'forbidden' | 'alreadyStarted') {
    super(reason)
  }
}

/**
 * Repeating the data collection: a new project for the same municipality, one
 * round further, linked to the previous one and hearing the same population
 * groups and languages with the same partner NGOs. Runs as the person asking,
 * so only someone who may read the project and create in its municipality can.
 */
export async function startNextRound(payload: Payload, req: PayloadRequest, projectId: string): Promise<Project> {
  const user = req.user
  const asPerson = { overrideAccess: false, user, req } as const
  const previous = await payload
    .findByID({ collection: 'projects', id: projectId, depth: 0, disableErrors: true, ...asPerson })
    .catch(() => null)
  if (!previous) throw new NextRoundError('notFound')
  const { totalDocs } = await payload.count({
    collection: 'projects',
    where: { previousRound: { equals: projectId } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw new NextRoundError('alreadyStarted')
  const round = (previous.round ?? 1) + 1
  const t = await getTranslator('fi', 'event')
  const baseTitle = previous.title.replace(/,\s*\S+\s+\d+$/, '')
  // Create access decides: a coordinator only in their own municipalities, an organizer never.
  return payload
    .create({
      collection: 'projects',
      data: {
        title: t('nextRound.title', { title: baseTitle, round }).slice(0, 200),
        municipality: idOf(previous.municipality) as string,
        round,
        stage: 'planning',
        previousRound: String(previous.id),
        isExample: previous.isExample ?? false,
        partners: (previous.partners ?? []).map((p) => idOf(p) as string),
        populationGroups: (previous.populationGroups ?? []).map(({ name }) => ({ name })),
        languages: (previous.languages ?? []).map((l) => idOf(l) as string),
      },
      depth: 0,
      ...asPerson,
    })
    .catch((error: unknown) => {
      if ((error as { status?: number }).status === 403) throw new NextRoundError('forbidden')
      throw error
    })
}
