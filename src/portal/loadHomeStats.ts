import type { Payload } from 'payload'

export type HomeStats = { municipalities: number; languages: number; materials: number }

/** The numbers on the home page, counted from the data as the public may read it. */
export async function loadHomeStats(payload: Payload): Promise<HomeStats> {
  const [municipalities, languages, materials] = await Promise.all([
    payload.count({
      collection: 'municipalities',
      where: { and: [{ phase: { in: ['pilot', 'continuation'] } }, { isExample: { not_equals: true } }] },
      overrideAccess: false,
    }),
    payload.count({
      collection: 'languages',
      where: { usedInDataCollection: { equals: true } },
      overrideAccess: false,
    }),
    payload.count({ collection: 'materials', overrideAccess: false }),
  ])
  return { municipalities: municipalities.totalDocs, languages: languages.totalDocs, materials: materials.totalDocs }
}
