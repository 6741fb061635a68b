import type { Payload } from 'payload'

import type { TranslationStatus } from '../../fields/translationStatus'
import { type ReadAs, readOptions } from './access'

export type Question = { id: string; text: string; finnish: string; status: TranslationStatus }
export type QuestionTheme = { id: string; name: string; colour: string; questions: Question[] }

/**
 * The discussion questions in one language, grouped by theme in the order the
 * toolkit uses (theme order, then question order), each with its Finnish
 * wording for the bilingual scribe form.
 */
export async function loadQuestions(payload: Payload, locale: string, as: ReadAs): Promise<QuestionTheme[]> {
  const read = readOptions(as)
  const [themes, own, finnish] = await Promise.all([
    payload.find({
      collection: 'themes',
      locale: locale as never,
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'order',
      ...read,
    }),
    payload.find({
      collection: 'discussion-questions',
      locale: locale as never,
      fallbackLocale: false as never,
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'order',
      ...read,
    }),
    payload.find({
      collection: 'discussion-questions',
      locale: 'fi',
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'order',
      ...read,
    }),
  ])
  const finnishText = new Map(finnish.docs.map((q) => [String(q.id), q.text ?? '']))
  return themes.docs
    .map((theme) => ({
      id: String(theme.id),
      name: theme.name ?? '',
      colour: theme.colour ?? '#2A6EBB',
      questions: own.docs
        .filter((q) => String(typeof q.theme === 'object' && q.theme ? q.theme.id : q.theme) === String(theme.id))
        .map((q) => {
          const fi = finnishText.get(String(q.id)) ?? ''
          // A question not yet translated is asked in Finnish and marked missing.
          const text = q.text || fi
          const status = (
            q.text ? ((q as { translationStatus?: TranslationStatus }).translationStatus ?? 'draft') : 'missing'
          ) as TranslationStatus
          return { id: String(q.id), text, finnish: fi, status }
        }),
    }))
    .filter((theme) => theme.questions.length > 0)
}
