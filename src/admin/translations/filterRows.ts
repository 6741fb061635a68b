import { toolkitParts } from '../../fields/toolkitPart'
import { translationStatuses } from '../../fields/translationStatus'
import { contentLocaleCodes } from '../../i18n/locales'
import type { TranslationRow } from '../../translations/collectTranslationRows'

export type OverviewFilters = { language: string | null; status: string | null; part: string | null }

const pick = (value: unknown, allowed: readonly string[]) =>
  typeof value === 'string' && allowed.includes(value) ? value : null

/** The overview's GET parameters, anything unknown ignored. */
export function readFilters(searchParams: Record<string, unknown> | undefined): OverviewFilters {
  return {
    language: pick(searchParams?.language, contentLocaleCodes),
    status: pick(searchParams?.status, translationStatuses),
    part: pick(searchParams?.part, [...toolkitParts, 'none']),
  }
}

/** Rows matching the filters: a status filter looks at the chosen language, or at any language when none is chosen. */
export function filterRows(rows: TranslationRow[], f: OverviewFilters): TranslationRow[] {
  return rows.filter((row) => {
    if (f.part && (row.part ?? 'none') !== f.part) return false
    if (!f.status) return true
    const languages = f.language ? [f.language] : contentLocaleCodes.filter((l) => l !== 'fi')
    return languages.some((l) => row.statuses[l] === f.status)
  })
}
