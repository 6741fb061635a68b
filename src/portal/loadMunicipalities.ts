import type { Payload } from 'payload'

import { regions } from '../fields/regions'
import type { Municipality } from '../payload-types'
import { loadMunicipalityActivity } from './loadMunicipalityActivity'
import { type PublicPhase, publicPhase } from './publicPhase'

export type MunicipalityFilter = { q?: string; region?: string; phase?: PublicPhase }

/** A municipality as the list shows it: its record and the phase the public sees. */
export type ListedMunicipality = Municipality & { publicPhase: PublicPhase }

export type MunicipalityListing = {
  municipalities: ListedMunicipality[]
  /** Every region with its municipalities (after the filter), in the regions' order; empty regions left out. */
  byRegion: { region: string; municipalities: ListedMunicipality[] }[]
  /** Real municipalities that have used the toolkit, per region, over the whole list (before the filter). */
  regionCounts: { region: string; count: number }[]
}

/** All municipalities as the public reads them, with their public phase, filtered and grouped by region. */
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
  const activity = await loadMunicipalityActivity(payload, docs)
  const all: ListedMunicipality[] = docs.map((m) => ({
    ...m,
    publicPhase: publicPhase(m, activity.get(String(m.id)) ?? { sessionsHeld: 0, eventHeld: false }),
  }))
  const q = filter.q?.trim().toLocaleLowerCase('fi')
  const matches = all.filter(
    (m) =>
      (!q || m.name.toLocaleLowerCase('fi').includes(q) || (m.nameSv ?? '').toLocaleLowerCase('sv').includes(q)) &&
      (!filter.region || m.region === filter.region) &&
      (!filter.phase || m.publicPhase === filter.phase),
  )
  const byRegion = regions
    .map((r) => ({ region: r.value as string, municipalities: matches.filter((m) => m.region === r.value) }))
    .filter((g) => g.municipalities.length)
  const counted = all.filter((m) => !m.isExample && m.publicPhase !== 'none')
  const regionCounts = regions
    .map((r) => ({ region: r.value as string, count: counted.filter((m) => m.region === r.value).length }))
    .filter((r) => r.count)
  return { municipalities: matches, byRegion, regionCounts }
}
