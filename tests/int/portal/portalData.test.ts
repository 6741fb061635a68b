/**
 * The portal's data loading against a real seeded Payload: what the public
 * may read, what fell back to Finnish, and aggregates that hide small counts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { hideSmallCount } from '../../../src/portal/hideSmallCount'
import { loadMaterials } from '../../../src/portal/loadMaterials'
import { loadMunicipalities } from '../../../src/portal/loadMunicipalities'
import { loadMunicipalityProfile } from '../../../src/portal/loadMunicipalityProfile'
import { loadPage } from '../../../src/portal/loadPage'
import { searchPortal } from '../../../src/portal/searchPortal'
import { seed } from '../../../src/seed/seed'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let payload: Payload
const example = 'esimerkkila-esimerkki'

beforeAll(async () => {
  portal = await startPayload()
  payload = portal.payload
  payload.logger.level = 'error'
  await seed(payload, { demo: true })
  // Seeding on a busy shared machine can take minutes.
}, 400_000)
afterAll(async () => {
  await portal?.stop()
})

describe('pages and Finnish fallback', () => {
  test('a page with no Arabic text comes in Finnish, and says which fields fell back', async () => {
    const fi = await loadPage(payload, 'discussion-sessions', 'fi')
    const ar = await loadPage(payload, 'discussion-sessions', 'ar')
    expect(ar?.page.title).toBe(fi?.page.title)
    expect([...(ar?.fellBack ?? [])].sort()).toEqual(['content', 'summary', 'title'])
    expect(ar?.status).toBe('missing')
    expect(fi?.fellBack.size).toBe(0)
  })

  test('the residents’ page exists in Arabic and nothing falls back', async () => {
    const ar = await loadPage(payload, 'for-residents', 'ar')
    expect(ar?.fellBack.size).toBe(0)
    expect(ar?.page.title).toMatch(/[\u0600-\u06FF]/)
  })

  test('a Swedish page with its own title but no Swedish content marks only the content', async () => {
    const page = (
      await payload.find({ collection: 'pages', where: { slug: { equals: 'how-to-start' } }, depth: 0, locale: 'sv' })
    ).docs[0]
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'sv',
      data: { content: null, _status: 'published' },
      overrideAccess: true,
    })
    const sv = await loadPage(payload, 'how-to-start', 'sv')
    expect([...(sv?.fellBack ?? [])]).toEqual(['content'])
    expect(sv?.page.content).toBeTruthy()
  })

  test('a draft is not public', async () => {
    await payload.create({
      collection: 'pages',
      data: { title: 'Luonnos', slug: 'luonnos', kind: 'other', translationStatus: 'draft', _status: 'draft' },
      overrideAccess: true,
      draft: true,
    })
    expect(await loadPage(payload, 'luonnos', 'fi')).toBeNull()
  })
})

describe('materials', () => {
  test('choosing Somali lists exactly the materials that exist in Somali', async () => {
    const all = await loadMaterials(payload, 'en')
    const somali = await loadMaterials(payload, 'en', { language: 'so' })
    expect(somali.length).toBeGreaterThan(0)
    expect(somali.length).toBeLessThan(all.length)
    expect(somali.map((m) => m.slug).sort()).toEqual(
      all
        .filter((m) => m.versions.some((v) => v.language === 'so'))
        .map((m) => m.slug)
        .sort(),
    )
    expect(all.find((m) => m.slug === 'scribe-reporting-form')?.title).toBe('Scribe reporting form')
  })

  test('English titles do not fall back; a language without material texts does', async () => {
    const [en] = await loadMaterials(payload, 'en', { slug: 'scribe-reporting-form' })
    expect(en.fellBack.size).toBe(0)
    const [so] = await loadMaterials(payload, 'so', { slug: 'scribe-reporting-form' })
    expect(so.fellBack.has('title')).toBe(true)
    expect(so.title).toBe('Kirjureiden raportointilomake')
  })

  test('search finds pages and materials in the current language', async () => {
    const hits = await searchPortal(payload, 'en', 'scribe')
    expect(hits.some((h) => h.kind === 'material' && h.slug === 'scribe-reporting-form')).toBe(true)
    expect(await searchPortal(payload, 'en', '   ')).toEqual([])
  })

  test('search finds a municipality by its Swedish name in Finnish and by its Finnish name in Swedish', async () => {
    const bySwedish = await searchPortal(payload, 'fi', 'Helsingfors')
    expect(bySwedish.filter((h) => h.kind === 'municipality').map((h) => h.slug)).toEqual(['helsinki'])
    const byFinnish = await searchPortal(payload, 'sv', 'Turku')
    expect(byFinnish).toContainEqual(expect.objectContaining({ kind: 'municipality', name: 'Turku', nameSv: 'Åbo' }))
  })
})

describe('municipalities', () => {
  test('grouped by region, and the search narrows the list', async () => {
    const { byRegion, regionCounts, municipalities } = await loadMunicipalities(payload, 'fi')
    expect(municipalities.length).toBeGreaterThanOrEqual(31)
    expect(byRegion.find((g) => g.region === 'uusimaa')?.municipalities.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Helsinki', 'Vantaa']),
    )
    // The picture counts only real municipalities.
    expect(regionCounts.reduce((n, r) => n + r.count, 0)).toBe(31)
    const found = await loadMunicipalities(payload, 'fi', { q: 'helsingfors' })
    expect(found.municipalities.map((m) => m.name)).toEqual(['Helsinki'])
  })

  test('the phase follows the data wherever it shows: the list, its filter and the profile agree', async () => {
    const taking = await loadMunicipalities(payload, 'fi', { phase: 'active' })
    expect(taking.municipalities.map((m) => m.slug)).toEqual([example])
    const notYet = await loadMunicipalities(payload, 'fi', { phase: 'none' })
    expect(notYet.municipalities.map((m) => m.slug)).not.toContain(example)
    // A municipality the editor marks as not yet taking part, with nothing held, stays so and leaves the chart.
    const imatra = (await payload.find({ collection: 'municipalities', where: { slug: { equals: 'imatra' } } })).docs[0]
    await payload.update({
      collection: 'municipalities',
      id: imatra.id,
      data: { phase: 'none', decisionEventHeld: false },
      overrideAccess: true,
    })
    const after = await loadMunicipalities(payload, 'fi', { phase: 'none' })
    expect(after.municipalities.map((m) => m.slug)).toEqual(['imatra'])
    expect((await loadMunicipalityProfile(payload, 'imatra', 'fi'))?.phase).toBe('none')
    expect(after.regionCounts.reduce((n, r) => n + r.count, 0)).toBe(30)
    // The editor's own record of an event held before the portal counts as taking part too.
    await payload.update({
      collection: 'municipalities',
      id: imatra.id,
      data: { decisionEventHeld: true },
      overrideAccess: true,
    })
    expect((await loadMunicipalityProfile(payload, 'imatra', 'fi'))?.phase).toBe('active')
    await payload.update({
      collection: 'municipalities',
      id: imatra.id,
      data: { phase: imatra.phase, decisionEventHeld: imatra.decisionEventHeld },
      overrideAccess: true,
    })
  })

  test('the profile shows aggregates and only public actions', async () => {
    const profile = await loadMunicipalityProfile(payload, example, 'fi')
    expect(profile?.sessionsHeld).toEqual({ kind: 'exact', value: 5 })
    expect(profile?.decisionEventHeld).toBe(true)
    // The editor left the example at "not yet taken part"; its held sessions and event say otherwise.
    expect(profile?.municipality.phase).toBe('none')
    expect(profile?.phase).toBe('active')
    const allActions = await payload.count({ collection: 'actions', overrideAccess: true })
    expect(allActions.totalDocs).toBeGreaterThan(profile?.actions.length ?? 0)
    expect(profile?.actions.every((a) => a.public)).toBe(true)
    expect(profile?.actions.length).toBe(1)
    expect(profile?.languages.map((l) => l.code)).toEqual(expect.arrayContaining(['ar', 'so']))
  })

  test('fewer than five sessions are shown only as "few"', async () => {
    const sessions = await payload.find({
      collection: 'sessions',
      where: { status: { in: ['held', 'reported'] } },
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
    await payload.update({
      collection: 'sessions',
      id: sessions.docs[0].id,
      data: { status: 'cancelled' },
      overrideAccess: true,
    })
    const profile = await loadMunicipalityProfile(payload, example, 'fi')
    expect(profile?.sessionsHeld).toEqual({ kind: 'few' })
    expect(JSON.stringify(profile)).not.toMatch(/"participantCount"|"facilitator"|"scribe"/)
    expect(hideSmallCount(0)).toEqual({ kind: 'none' })
  })
})
