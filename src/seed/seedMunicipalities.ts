import type { SeedContext } from './lib/context'
import { ensureDoc } from './lib/ensureDoc'
import { byLocale } from './lib/localized'
import data from './reference/municipalities'

/** The 31 municipalities where data collection has been carried out, by Finnish name. */
export async function seedMunicipalities(ctx: SeedContext): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const municipality of data.municipalities) {
    const { summary, partnerMunicipalities, ...fields } = municipality
    const { id } = await ensureDoc(ctx, {
      collection: 'municipalities',
      where: { name: { equals: municipality.name } },
      data: {
        ...fields,
        isExample: false,
        ...(partnerMunicipalities ? { partnerMunicipalities: partnerMunicipalities.map((name) => ({ name })) } : {}),
      },
      localized: byLocale({ summary }),
    })
    ids.set(municipality.name, id)
  }
  return ids
}
