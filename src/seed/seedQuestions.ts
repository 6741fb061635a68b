import type { ContentLocaleCode } from '../i18n/locales'
import type { SeedContext } from './lib/context'
import { ensureDoc, type LocalizedData } from './lib/ensureDoc'
import data from './reference/questions'

/**
 * The discussion questions, recognised by theme and order. Returns their ids
 * under `theme.order` (e.g. `safety.2`), the way the demo reports refer to them.
 */
export async function seedQuestions(ctx: SeedContext, themeIds: Map<string, string>): Promise<Map<string, string>> {
  const reviewed = new Set<string>(data.reviewedLocales)
  const ids = new Map<string, string>()
  for (const question of data.questions) {
    const theme = themeIds.get(question.theme)
    if (!theme) throw new Error(`questions.json names an unknown theme "${question.theme}".`)
    const localized: LocalizedData = {}
    for (const [locale, text] of Object.entries(question.text) as [ContentLocaleCode, string][]) {
      const note = (question.facilitatorNote as Record<string, string | undefined>)[locale]
      localized[locale] = {
        text,
        translationStatus: reviewed.has(locale) ? 'reviewed' : 'draft',
        ...(note ? { facilitatorNote: note } : {}),
      }
    }
    const { id } = await ensureDoc(ctx, {
      collection: 'discussion-questions',
      where: { and: [{ theme: { equals: theme } }, { order: { equals: question.order } }] },
      data: { theme, order: question.order },
      localized,
    })
    ids.set(`${question.theme}.${question.order}`, id)
  }
  return ids
}
