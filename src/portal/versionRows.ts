import type { VersionRow } from '../components/portal/VersionList'
import type { MaterialVersionView } from './loadMaterials'
import type { VersionWords } from './versionWords'

/**
 * A material's language versions as the version list draws them: the download link's address,
 * file name and text ("Download (DOCX, 12 kB)", the size in the visitor's language), and the
 * mark of a version that is not reviewed. What a version lacks is left out rather than
 * undefined: React's payload would spell out "$undefined" for it.
 */
export function versionRows(lang: string, words: VersionWords, versions: MaterialVersionView[]): VersionRow[] {
  const size = new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })
  return versions.map((v) => {
    const status = v.status !== 'reviewed' ? v.status : undefined
    const file = v.file && {
      href: v.file.url,
      filename: v.file.filename,
      label: `${words.download} (${v.file.format.toUpperCase()}, ${size.format(Math.max(1, Math.round(v.file.size / 1024)))})`,
    }
    return { language: v.language, ...(file && { file }), ...(status && { status }) }
  })
}
