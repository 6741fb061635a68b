import type { TranslationStatus } from '../fields/translationStatus'

/** The honest mark a visitor sees on a shown translation: none when reviewed. */
export function translationMark(status: TranslationStatus | string | null | undefined): 'draft' | 'outdated' | null {
  if (status === 'outdated') return 'outdated'
  if (status === 'reviewed') return null
  return 'draft'
}
