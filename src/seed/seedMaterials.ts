import type { SeedContext } from './lib/context'
import { ensureDoc } from './lib/ensureDoc'
import { byLocale } from './lib/localized'
import { withTranslationStatuses } from './lib/withTranslationStatuses'
import data from './reference/materials'

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
