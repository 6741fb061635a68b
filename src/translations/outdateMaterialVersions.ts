import { defaultLocale } from '../i18n/locales'

type Version = { id?: string; language?: string; translationStatus?: string } & Record<string, unknown>

/** A material's reviewed files in other languages were made from the old Finnish text. */
export function outdateMaterialVersions(doc: Record<string, unknown>): Record<string, unknown> | undefined {
  const versions = (doc.versions ?? []) as Version[]
  if (!versions.some((v) => v.language !== defaultLocale && v.translationStatus === 'reviewed')) return undefined
  return {
    versions: versions.map((v) =>
      v.language !== defaultLocale && v.translationStatus === 'reviewed'
        ? { ...v, file: valueId(v.file), translationStatus: 'outdated' }
        : { ...v, file: valueId(v.file) },
    ),
  }
}

const valueId = (file: unknown) =>
  file && typeof file === 'object' && 'id' in file ? (file as { id: unknown }).id : file
