/**
 * Per-language translation status: saving a language as reviewed records who and
 * when; changing the Finnish source marks the reviewed languages out of date (and
 * a material's reviewed files), leaving drafts alone; editors choose whether
 * drafts are shown at all.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '../../../src/payload-types'
import { isTranslationVisible } from '../../../src/translations/isTranslationVisible'
import { loadTranslationSettings } from '../../../src/translations/loadTranslationSettings'
import { translationMark } from '../../../src/translations/translationMark'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let payload: Payload
let editor: User & { collection: 'users' }
let admin: User & { collection: 'users' }
let themeId: string

const as = (user: User & { collection: 'users' }) => ({ overrideAccess: false as const, user })
const idOf = (v: unknown) => (v && typeof v === 'object' ? String((v as { id: unknown }).id) : String(v))

async function makeUser(email: string, role: string): Promise<User & { collection: 'users' }> {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'pitkä-ja-hyvä-salasana-42', name: email, role } as never,
    overrideAccess: true,
  })
  return { ...(user as User), collection: 'users' }
}

async function all(collection: 'discussion-questions' | 'materials', id: string) {
  return (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    draft: true,
    overrideAccess: true,
  })) as unknown as Record<string, Record<string, unknown>>
}

beforeAll(async () => {
  portal = await startPayload()
  payload = portal.payload
  payload.logger.level = 'warn'
  editor = await makeUser('toimittaja@example.org', 'editor')
  admin = await makeUser('yllapitaja@example.org', 'admin')
  const theme = await payload.create({
    collection: 'themes',
    locale: 'fi',
    data: { key: 'safety', name: 'Turvallisuuden tunne', colour: '#2A6EBB', order: 1 } as never,
    overrideAccess: true,
  })
  themeId = String(theme.id)
})
afterAll(async () => {
  await portal?.stop()
})

describe('reviewed translations', () => {
  let questionId: string

  beforeAll(async () => {
    const q = await payload.create({
      collection: 'discussion-questions',
      locale: 'fi',
      data: {
        theme: themeId,
        order: 1,
        text: 'Missä tunnet olosi turvalliseksi?',
        translationStatus: 'reviewed',
      } as never,
      ...as(editor),
    })
    questionId = String(q.id)
    await payload.update({
      collection: 'discussion-questions',
      id: questionId,
      locale: 'sv',
      data: { text: 'Var känner du dig trygg?', translationStatus: 'reviewed' } as never,
      ...as(editor),
    })
    await payload.update({
      collection: 'discussion-questions',
      id: questionId,
      locale: 'ar',
      data: { text: 'أين تشعر بالأمان؟', translationStatus: 'reviewed' } as never,
      ...as(admin),
    })
    await payload.update({
      collection: 'discussion-questions',
      id: questionId,
      locale: 'en',
      data: { text: 'Where do you feel safe?', translationStatus: 'draft' } as never,
      ...as(editor),
    })
  })

  test('saving a language as reviewed records who reviewed it and when, per language', async () => {
    const doc = await all('discussion-questions', questionId)
    expect(doc.reviewedBy.sv && idOf(doc.reviewedBy.sv)).toBe(String(editor.id))
    expect(doc.reviewedBy.ar && idOf(doc.reviewedBy.ar)).toBe(String(admin.id))
    expect(doc.reviewedBy.en ?? null).toBeNull()
    expect(Number.isNaN(Date.parse(String(doc.reviewedAt.sv)))).toBe(false)
  })

  test('who reviewed cannot be typed in', async () => {
    await payload.update({
      collection: 'discussion-questions',
      id: questionId,
      locale: 'ar',
      data: { reviewedBy: editor.id, reviewedAt: '2001-01-01T00:00:00.000Z' } as never,
      ...as(editor),
    })
    const doc = await all('discussion-questions', questionId)
    expect(idOf(doc.reviewedBy.ar)).toBe(String(admin.id))
    expect(String(doc.reviewedAt.ar)).not.toMatch(/^2001/)
  })

  test('a save that changes no Finnish text leaves the translations reviewed', async () => {
    await payload.update({
      collection: 'discussion-questions',
      id: questionId,
      locale: 'fi',
      data: { order: 2 } as never,
      ...as(editor),
    })
    const doc = await all('discussion-questions', questionId)
    expect(doc.translationStatus).toMatchObject({ sv: 'reviewed', ar: 'reviewed', en: 'draft' })
  })

  test('changing the Finnish source marks the reviewed languages out of date and leaves drafts alone', async () => {
    const before = await all('discussion-questions', questionId)
    await payload.update({
      collection: 'discussion-questions',
      id: questionId,
      locale: 'fi',
      data: { text: 'Missä ja milloin tunnet olosi turvalliseksi?' } as never,
      ...as(editor),
    })
    const doc = await all('discussion-questions', questionId)
    expect(doc.translationStatus).toMatchObject({ fi: 'reviewed', sv: 'outdated', ar: 'outdated', en: 'draft' })
    // The record of who reviewed the old translation stays.
    expect(idOf(doc.reviewedBy.sv)).toBe(String(editor.id))
    expect(doc.reviewedAt.sv).toBe(before.reviewedAt.sv)
    // The translations themselves are untouched.
    expect(doc.text.sv).toBe('Var känner du dig trygg?')
  })

  test('a translation saved in another language does not outdate anything', async () => {
    await payload.update({
      collection: 'discussion-questions',
      id: questionId,
      locale: 'sv',
      data: { text: 'Var och när känner du dig trygg?', translationStatus: 'reviewed' } as never,
      ...as(admin),
    })
    const doc = await all('discussion-questions', questionId)
    expect(doc.translationStatus).toMatchObject({ fi: 'reviewed', sv: 'reviewed', ar: 'outdated', en: 'draft' })
    expect(idOf(doc.reviewedBy.sv)).toBe(String(admin.id))
  })
})

describe('materials and their files', () => {
  test('a Finnish change outdates the reviewed translations and the reviewed files in other languages', async () => {
    const m = await payload.create({
      collection: 'materials',
      locale: 'fi',
      draft: false,
      data: {
        title: 'Kirjurin lomake',
        part: 'sessions',
        kind: 'scribe-form',
        translationStatus: 'reviewed',
        _status: 'published',
        versions: [
          { language: 'fi', translationStatus: 'reviewed' },
          { language: 'so', translationStatus: 'reviewed' },
          { language: 'uk', translationStatus: 'draft' },
        ],
      } as never,
      ...as(editor),
    })
    const id = String(m.id)
    await payload.update({
      collection: 'materials',
      id,
      locale: 'so',
      data: { title: 'Foomka qoraaga', translationStatus: 'reviewed', _status: 'published' } as never,
      ...as(editor),
    })
    await payload.update({
      collection: 'materials',
      id,
      locale: 'fi',
      data: { title: 'Kirjurin raportointilomake', _status: 'published' } as never,
      ...as(editor),
    })
    const doc = await all('materials', id)
    expect(doc.translationStatus).toMatchObject({ fi: 'reviewed', so: 'outdated' })
    const versions = doc.versions as unknown as { language: string; translationStatus: string }[]
    expect(versions.map((v) => [v.language, v.translationStatus])).toEqual([
      ['fi', 'reviewed'],
      ['so', 'outdated'],
      ['uk', 'draft'],
    ])
    const published = (await payload.findByID({
      collection: 'materials',
      id,
      locale: 'so',
      depth: 0,
      overrideAccess: false,
    })) as unknown as Record<string, unknown>
    expect(published.translationStatus).toBe('outdated')
  })
})

describe('the document texts global', () => {
  test('records the reviewer and outdates reviewed languages when its Finnish changes', async () => {
    const slug = 'document-texts' as never
    await payload.updateGlobal({
      slug,
      locale: 'fi',
      data: { grid: { title: 'Koordinaatisto' }, translationStatus: 'reviewed' } as never,
      ...as(editor),
    })
    await payload.updateGlobal({
      slug,
      locale: 'sv',
      data: { grid: { title: 'Koordinatsystem' }, translationStatus: 'reviewed' } as never,
      ...as(admin),
    })
    let texts = (await payload.findGlobal({
      slug,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })) as unknown as Record<string, Record<string, unknown>>
    expect(idOf(texts.reviewedBy.sv)).toBe(String(admin.id))
    await payload.updateGlobal({
      slug,
      locale: 'fi',
      data: { grid: { title: 'Vaikutusten koordinaatisto' } } as never,
      ...as(editor),
    })
    texts = (await payload.findGlobal({ slug, locale: 'all', depth: 0, overrideAccess: true })) as unknown as Record<
      string,
      Record<string, unknown>
    >
    expect(texts.translationStatus).toMatchObject({ fi: 'reviewed', sv: 'outdated' })
    expect((texts.grid as unknown as { title: Record<string, string> }).title.sv).toBe('Koordinatsystem')
  })
})

describe('whether visitors see drafts', () => {
  test('drafts are shown with a mark by default; editors can hide them; missing is never shown', async () => {
    const settings = await loadTranslationSettings(payload)
    expect(settings.publishDraftTranslations).toBe(true)
    expect(isTranslationVisible('draft', settings)).toBe(true)
    expect(translationMark('draft')).toBe('draft')
    expect(isTranslationVisible('outdated', settings)).toBe(true)
    expect(translationMark('outdated')).toBe('outdated')
    expect(translationMark('reviewed')).toBeNull()
    expect(isTranslationVisible('missing', settings)).toBe(false)

    await payload.updateGlobal({
      slug: 'translation-settings',
      data: { publishDraftTranslations: false } as never,
      ...as(editor),
    })
    const off = await loadTranslationSettings(payload)
    expect(isTranslationVisible('draft', off)).toBe(false)
    expect(isTranslationVisible('reviewed', off)).toBe(true)
  })

  test('a visitor cannot change the setting', async () => {
    await expect(
      payload.updateGlobal({
        slug: 'translation-settings',
        data: { publishDraftTranslations: true } as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await loadTranslationSettings(payload)).publishDraftTranslations).toBe(false)
  })
})
