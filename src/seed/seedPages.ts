import { type ContentLocaleCode, directionOf } from '../i18n/locales'
import type { SeedContext } from './lib/context'
import { ensureDoc, type LocalizedData } from './lib/ensureDoc'
import { toLexical } from './lib/lexical'
import { withTranslationStatuses } from './lib/withTranslationStatuses'
import { pages } from './reference/pages'

/** The toolkit pages, published, by slug; each locale's content becomes a Lexical editor state. */
export async function seedPages(ctx: SeedContext): Promise<void> {
  for (const page of pages) {
    const localized: LocalizedData = {}
    for (const [locale, text] of Object.entries(page.locales) as [
      ContentLocaleCode,
      NonNullable<(typeof page.locales)[ContentLocaleCode]>,
    ][]) {
      localized[locale] = {
        title: text.title,
        summary: text.summary,
        content: toLexical(text.content, directionOf(locale)),
      }
    }
    await ensureDoc(ctx, {
      collection: 'pages',
      where: { slug: { equals: page.slug } },
      data: { slug: page.slug, kind: page.kind, ...(page.part ? { part: page.part } : {}) },
      localized: withTranslationStatuses(localized),
      publish: true,
    })
  }
}
