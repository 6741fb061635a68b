import type { Payload, PayloadRequest } from 'payload'

import { type TranslationStatus, translationStatuses } from '../../fields/translationStatus'
import { materialLocaleCodes } from '../../i18n/locales'
import { loadCoordinateGrid } from '../coordinateGrid/loadCoordinateGrid'
import defaults from '../documentTexts/defaultTexts'
import { loadEventInvitation } from '../eventInvitation/loadEventInvitation'
import { loadInvitationPack } from '../invitationPack/loadInvitationPack'
import { loadScribeForm } from '../scribeForm/loadScribeForm'
import type { ReadAs } from '../shared/access'
import type { DocumentFile } from '../shared/documentFile'
import { loadQuestions } from '../shared/loadQuestions'
import { idOf } from '../shared/relations'
import { findLibraryMaterials } from './findLibraryMaterials'

type Kind = 'invitation-pack' | 'scribe-form' | 'event-invitation' | 'coordinate-grid'

/** Which library material is made in which languages, and how. */
export const libraryDocuments: {
  kind: Kind
  locales: readonly string[]
  build: (payload: Payload, locale: string, as: ReadAs) => Promise<DocumentFile>
}[] = [
  { kind: 'invitation-pack', locales: materialLocaleCodes, build: (p, l, as) => loadInvitationPack(p, l, as) },
  { kind: 'scribe-form', locales: materialLocaleCodes, build: (p, l, as) => loadScribeForm(p, l, as) },
  // The decision-maker event is held in the municipality's official languages.
  { kind: 'event-invitation', locales: ['fi', 'sv'], build: (p, l, as) => loadEventInvitation(p, l, as) },
  { kind: 'coordinate-grid', locales: ['fi', 'sv'], build: (p, l, as) => loadCoordinateGrid(p, l, as) },
]

// From least to most trustworthy: a document is as reliable as its least reliable text.
const trust: TranslationStatus[] = ['missing', 'outdated', 'draft', 'reviewed']

function weakest(statuses: TranslationStatus[]): TranslationStatus {
  return statuses.reduce(
    (worst, s) => (trust.indexOf(s) < trust.indexOf(worst) ? s : worst),
    'reviewed' as TranslationStatus,
  )
}

async function statusOf(payload: Payload, locale: string, as: ReadAs, kind: Kind): Promise<TranslationStatus> {
  const texts = (await payload.findGlobal({
    slug: 'document-texts' as never,
    locale: locale as never,
    fallbackLocale: false as never,
    depth: 0,
    overrideAccess: true,
  })) as {
    translationStatus?: TranslationStatus | null
  }
  const textStatus = (texts?.translationStatus ??
    (defaults.status as Record<string, TranslationStatus>)[locale] ??
    'draft') as TranslationStatus
  if (kind === 'event-invitation' || kind === 'coordinate-grid') return weakest([textStatus])
  const themes = await loadQuestions(payload, locale, as)
  return weakest(
    [textStatus, ...themes.flatMap((th) => th.questions.map((q) => q.status))].filter((s) =>
      translationStatuses.includes(s),
    ),
  )
}

export type RegenerateResult = { files: number }

/**
 * Regenerates the library's generated materials in every language they are
 * made in, stores each as a new file and points the material's language
 * version at it (generated, with the translation status of the texts it was
 * made from), then removes the files it replaced. Versions an editor uploaded
 * by hand for other languages are kept as they are.
 */
export async function regenerateLibrary(payload: Payload, req?: PayloadRequest): Promise<RegenerateResult> {
  const as: ReadAs = { overrideAccess: true, req }
  const context = { skipLibraryRegeneration: true }
  let files = 0
  for (const spec of libraryDocuments) {
    const docs = await findLibraryMaterials(payload, spec.kind, req)
    if (docs.length === 0) continue
    const made = new Map<string, { file: string; status: TranslationStatus }>()
    for (const locale of spec.locales) {
      const document = await spec.build(payload, locale, as)
      const file = await payload.create({
        collection: 'files',
        data: { title: document.filename.replace(/\.\w+$/, ''), language: locale as never },
        file: {
          data: document.data,
          name: `${spec.kind}-${locale}.${document.filename.split('.').pop()}`,
          mimetype: document.mimetype,
          size: document.data.length,
        },
        overrideAccess: true,
        context,
        req,
      })
      made.set(locale, { file: String(file.id), status: await statusOf(payload, locale, as, spec.kind) })
      files += 1
    }
    for (const material of docs) {
      const replaced: string[] = []
      const kept = (material.versions ?? []).filter((v) => {
        if (!made.has(v.language)) return true
        const old = idOf(v.file)
        if (old && v.generated) replaced.push(old)
        return false
      })
      const versions = [
        ...kept.map((v) => ({ ...v, file: idOf(v.file) })),
        ...spec.locales.map((language) => ({
          language,
          translationStatus: made.get(language)!.status,
          file: made.get(language)!.file,
          generated: true,
        })),
      ]
      await payload.update({
        collection: 'materials',
        id: material.id,
        data: { versions: versions as never, _status: material._status ?? undefined },
        overrideAccess: true,
        context,
        req,
      })
      for (const id of replaced) {
        await payload.delete({ collection: 'files', id, overrideAccess: true, context, req }).catch(() => undefined)
      }
    }
  }
  return { files }
}
