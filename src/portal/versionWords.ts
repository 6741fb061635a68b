import { cache } from 'react'

import { getTranslator } from '../i18n/getTranslator'
import { languageSlot, titleSlot } from './versionSlots'

export type VersionWords = {
  /** "Download" in the visitor's language. */
  download: string
  /** The download link's text for a screen reader, with titleSlot and languageSlot to fill. */
  downloadFor: string
  noFile: string
  noVersions: string
  /** The marks of versions and materials that are not reviewed, by status. */
  marks: Record<string, string>
}

/**
 * The words every version list on a page shares, made once per request and language: React's
 * payload sends an object it has already sent as a reference, so a page listing many materials
 * carries these once (issue 13: the library page's size).
 */
export const versionWords = cache(async function versionWords(lang: string): Promise<VersionWords> {
  const t = await getTranslator(lang, 'portal')
  const common = await getTranslator(lang)
  return {
    download: t('library.download'),
    downloadFor: t('library.downloadFor', { title: titleSlot, language: languageSlot }),
    noFile: t('library.noFile'),
    noVersions: t('library.noVersions'),
    marks: {
      draft: common('status.draft'),
      outdated: common('status.outdated'),
      missing: common('status.missing'),
    },
  }
})
