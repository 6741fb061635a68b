import type { Payload } from 'payload'

import { regions } from '../fields/regions'
import type { Municipality } from '../payload-types'

export type MunicipalityFilter = { q?: string; region?: string; phase?: string }

export type MunicipalityListing = {
  municipalities: Municipality[]
  /** Every region with its municipalities (after the filter), in the regions' order; empty regions left out. */
  byRegion: { region: string; municipalities: Municipality[] }[]
  /** Municipalities per region over the whole list (before the filter), for the picture. */
  regionCounts: { region: string; count: number }[]
}

/** All municipalities as the public reads them, filtered and grouped by region. */
export async function loadMunicipalities(
  payload: Payload,
  lang: string,
  filter: MunicipalityFilter = {},
): Promise<MunicipalityListing> {
  const { docs } = await payload.find({
    collection: 'municipalities',
    locale: lang as 'fi',
    fallbackLocale: 'fi',
    overrideAccess: false,
    depth: 0,
    limit: 1000,
    pagination: false,
    sort: 'name',
  })
  const all = docs as Municipality[]
  const q = filter.q?.trim().toLocaleLowerCase('fi')
  const matches = all.filter(
    (m) =>
      (!q || m.name.toLocaleLowerCase('fi').includes(q) || (m.nameSv ?? '').toLocaleLowerCase('sv').includes(q)) &&
      (!filter.region || m.region === filter.region) &&
      (!filter.phase || m.phase === filter.phase),
  )
  const byRegion = regions
    .map((r) => ({ region: r.value as string, municipalities: matches.filter((m) => m.region === r.value) }))
    .filter((g) => g.municipalities.length)
  const real = all.filter((m) => !m.isExample)
  const regionCounts = regions
    .map((r) => ({ region: r.value as string, count: real.filter((m) => m.region === r.value).length }))
    .filter((r) => r.count)
  return { municipalities: matches, byRegion, regionCounts }
}
