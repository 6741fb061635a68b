import type { TranslationStatus } from '../fields/translationStatus'

export type TranslationSettingsValue = { publishDraftTranslations?: boolean | null }

/**
 * Whether visitors are shown a language version with this status. Reviewed and
 * out-of-date versions are shown (out of date with a mark: it was once checked);
 * drafts only when the editors publish drafts (translation-settings global,
 * default on); missing never. The caller shows the Finnish text instead when
 * this is false, and the mark from translationMark when it is true.
 */
export function isTranslationVisible(
  status: TranslationStatus | string | null | undefined,
  settings: TranslationSettingsValue | null | undefined,
): boolean {
  if (status === 'reviewed' || status === 'outdated') return true
  if (status === 'draft' || status == null) return settings?.publishDraftTranslations !== false
  return false
}
