import data from './reference/materials'
import type { SeedContext } from './lib/context'
import { withTranslationStatuses } from './lib/withTranslationStatuses'
import { ensureDoc } from './lib/ensureDoc'
import { byLocale } from './lib/localized'

/** The material library, published, by slug. Files are attached later by the document generators. */
export async function seedMaterials(ctx: SeedContext): Promise<void> {
  for (const material of data.materials) {
    const { title, description, ...fields } = material
    await ensureDoc(ctx, {
      collection: 'materials',
      where: { slug: { equals: material.slug } },
      data: fields,
      localized: withTranslationStatuses(byLocale({ title, description })),
      publish: true,
    })
  }
}
