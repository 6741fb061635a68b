import type { SeedContext } from './lib/context'
import { ensureDoc } from './lib/ensureDoc'
import { byLocale } from './lib/localized'
import data from './reference/languages'

/** Languages by code; returns their ids for the records that refer to them. */
export async function seedLanguages(ctx: SeedContext): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const language of data.languages) {
    const { name, ...fields } = language
    const { id } = await ensureDoc(ctx, {
      collection: 'languages',
      where: { code: { equals: language.code } },
      data: fields,
      localized: byLocale({ name }),
    })
    ids.set(language.code, id)
  }
  return ids
}
