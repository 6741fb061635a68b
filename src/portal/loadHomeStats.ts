import type { Payload } from 'payload'

import { loadMunicipalities } from './loadMunicipalities'

export type HomeStats = { municipalities: number; languages: number; materials: number }

/** The numbers on the home page, counted from the data as the public may read it. */
export async function loadHomeStats(payload: Payload): Promise<HomeStats> {
  const [listing, languages, materials] = await Promise.all([
    // The same count as the municipalities' chart: real municipalities whose public phase says they took part.
    loadMunicipalities(payload, 'fi'),
    payload.count({
      collection: 'languages',
      where: { usedInDataCollection: { equals: true } },
      overrideAccess: false,
    }),
    payload.count({ collection: 'materials', overrideAccess: false }),
  ])
  return {
    municipalities: listing.regionCounts.reduce((sum, r) => sum + r.count, 0),
    languages: languages.totalDocs,
    materials: materials.totalDocs,
  }
}
