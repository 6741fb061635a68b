import type { MaterialVersionView } from '@/portal/loadMaterials'
import { versionRows } from '@/portal/versionRows'
import { versionWords } from '@/portal/versionWords'

import { VersionList } from './VersionList'

/** Every language version of one material: format, size and a download link, or a plain "file coming later". */
export async function MaterialVersions({
  lang,
  title,
  versions,
}: {
  lang: string
  title: string
  versions: MaterialVersionView[]
}) {
  const words = await versionWords(lang)
  return <VersionList title={title} rows={versionRows(lang, words, versions)} words={words} />
}
