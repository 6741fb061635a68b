import type { SeedContext } from './lib/context'
import { ensureDoc } from './lib/ensureDoc'
import { byLocale } from './lib/localized'
import { withTranslationStatuses } from './lib/withTranslationStatuses'
import data from './reference/themes'

/** The four themes by key; returns their ids by key. */
export async function seedThemes(ctx: SeedContext): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const theme of data.themes) {
    const { name, description, ...fields } = theme
    const { id } = await ensureDoc(ctx, {
      collection: 'themes',
      where: { key: { equals: theme.key } },
      data: fields,
      localized: withTranslationStatuses(byLocale({ name, description })),
    })
    ids.set(theme.key, id)
  }
  return ids
}
