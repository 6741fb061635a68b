/**
 * The generated documents as a reader opens them: each file is unzipped and
 * its XML read for what Word, PowerPoint, a screen reader or a spell-checker
 * acts on. Runs against the seeded reference data and the demo project.
 */
import type { Payload } from 'payload'

import { loadCardDeck } from '../../../src/documents/cardDeck/loadCardDeck'
import { loadCoordinateGrid } from '../../../src/documents/coordinateGrid/loadCoordinateGrid'
import { loadEventInvitation } from '../../../src/documents/eventInvitation/loadEventInvitation'
import { loadInvitationPack } from '../../../src/documents/invitationPack/loadInvitationPack'
import { ensureLibraryFiles } from '../../../src/documents/library/ensureLibraryFiles'
import { REGENERATE_LIBRARY_TASK } from '../../../src/documents/library/queueLibraryRegeneration'
import { loadResultsPresentation } from '../../../src/documents/resultsPresentation/loadResultsPresentation'
import { loadScribeForm } from '../../../src/documents/scribeForm/loadScribeForm'
import type { DecisionEvent, Material, Project, Session, User } from '../../../src/payload-types'
import { chartSeries, openZip, part, slideTexts, wordParagraphs } from '../../helpers/ooxml'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let payload: Payload
let project: Project
let sessions: Session[]
let event: DecisionEvent
let editor: User & { collection: 'users' }
const system = { overrideAccess: true }

/** The questions of one language in the order the toolkit asks them (theme order, then question order). */
async function questionsInOrder(locale: string): Promise<string[]> {
  const themes = await payload.find({ collection: 'themes', sort: 'order', limit: 0, pagination: false, depth: 0 })
  const questions = await payload.find({
    collection: 'discussion-questions',
    sort: 'order',
    locale: locale as never,
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return themes.docs.flatMap((t) => questions.docs.filter((q) => String(q.theme) === String(t.id)).map((q) => q.text))
}

async function docx(data: Buffer) {
  const zip = await openZip(data)
  return {
    zip,
    paragraphs: wordParagraphs(await part(zip, 'word/document.xml')),
    styles: await part(zip, 'word/styles.xml'),
    core: await part(zip, 'docProps/core.xml'),
  }
}

beforeAll(async () => {
  portal = await startPayload({ seed: true, demo: true })
  payload = portal.payload
  project = (await payload.find({ collection: 'projects', where: { isExample: { equals: true } }, depth: 0 })).docs[0]
  sessions = (
    await payload.find({
      collection: 'sessions',
      where: { project: { equals: project.id } },
      depth: 1,
      limit: 0,
      pagination: false,
    })
  ).docs
  event = (await payload.find({ collection: 'decision-events', where: { project: { equals: project.id } }, depth: 1 }))
    .docs[0]
  const editorDoc = (await payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, depth: 0 }))
    .docs[0]
  editor = { ...editorDoc, collection: 'users' }
}, 300_000)

afterAll(async () => {
  await portal?.stop()
})

describe('invitation pack', () => {
  it.each(['fi', 'en', 'se', 'vi', 'uk', 'so'])(
    'in %s lists that language’s questions in toolkit order, with the language set',
    async (locale) => {
      const file = await loadInvitationPack(payload, locale, system)
      const { paragraphs, styles, core } = await docx(file.data)
      const expected = await questionsInOrder(locale)
      const numbered = paragraphs
        .map((p) => p.text)
        .filter((t) => /^\d+\. /.test(t))
        .map((t) => t.replace(/^\d+\. /, ''))
      expect(numbered).toEqual(expected)
      const tag = { fi: 'fi-FI', en: 'en-GB', se: 'se-FI', vi: 'vi-VN', uk: 'uk-UA', so: 'so-SO' }[locale]
      expect(styles).toContain(`w:lang w:val="${tag}"`)
      expect(core).toMatch(/<dc:title>[^<]+<\/dc:title>/)
      // Headings are real heading styles, so a screen reader can move between them.
      expect(paragraphs.filter((p) => p.style === 'Heading1')).toHaveLength(1)
      expect(paragraphs.filter((p) => p.style === 'Heading2').length).toBeGreaterThanOrEqual(3)
      expect(paragraphs.every((p) => !p.bidi)).toBe(true)
    },
  )

  it('keeps Sami, Vietnamese and Cyrillic letters intact', async () => {
    for (const locale of ['se', 'vi', 'uk']) {
      const { paragraphs } = await docx((await loadInvitationPack(payload, locale, system)).data)
      const text = paragraphs.map((p) => p.text).join('\n')
      for (const q of await questionsInOrder(locale)) expect(text).toContain(q)
    }
    const se = (await questionsInOrder('se')).join('')
    expect(se).toMatch(/[áčđŋšŧž]/)
    expect((await questionsInOrder('vi')).join('')).toMatch(/[ăâđêôơư]/)
  })

  it('in Arabic marks every paragraph right to left and every run as right-to-left text', async () => {
    const { paragraphs, styles } = await docx((await loadInvitationPack(payload, 'ar', system)).data)
    const written = paragraphs.filter((p) => p.text.trim())
    expect(written.length).toBeGreaterThan(10)
    for (const p of written) {
      expect(p.bidi).toBe(true)
      expect(p.rtlRuns).toBe(true)
    }
    expect(styles).toContain('w:bidi="ar-SA"')
    const numbered = written
      .map((p) => p.text)
      .filter((t) => /^\d+\. /.test(t))
      .map((t) => t.replace(/^\d+\. /, ''))
    expect(numbered).toEqual(await questionsInOrder('ar'))
  })

  it('filled for a planned session shows its date, place and NGO instead of blanks', async () => {
    const session = sessions.find((s) => s.place)!
    const { paragraphs } = await docx((await loadInvitationPack(payload, 'fi', system, session)).data)
    const text = paragraphs.map((p) => p.text).join('\n')
    expect(text).toContain(session.place!)
    expect(text).toContain((session.organization as { name: string }).name)
    expect(text).toContain('2026')
  })
})

describe('scribe form', () => {
  it('for a session carries its project, group, language, date and count, and no names', async () => {
    const session = sessions.find((s) => (s.language as { code: string }).code === 'ar')!
    const { paragraphs, zip } = await docx((await loadScribeForm(payload, 'ar', system, { ...session, project })).data)
    const text = paragraphs.map((p) => p.text).join('\n')
    expect(text).toContain(project.title)
    expect(text).toContain(session.populationGroup)
    expect(text).toContain('العربية')
    expect(text).toContain(String(session.participantCount))
    // Neither the team members' descriptions nor any account holder's name is printed.
    expect(text).not.toContain(session.facilitator!)
    expect(text).not.toContain(session.scribe!)
    const users = await payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0 })
    for (const name of users.docs.map((u) => u.name).filter(Boolean)) expect(text).not.toContain(name)
    // Questions in Arabic and in Finnish, in order.
    const arabic = await questionsInOrder('ar')
    const finnish = await questionsInOrder('fi')
    const numbered = paragraphs
      .map((p) => p.text)
      .filter((t) => /^\d+\. /.test(t))
      .map((t) => t.replace(/^\d+\. /, ''))
    expect(numbered).toEqual(arabic)
    const finnishParagraphs = paragraphs.filter((p) => finnish.includes(p.text))
    expect(finnishParagraphs.map((p) => p.text)).toEqual(finnish)
    expect(finnishParagraphs.every((p) => !p.bidi)).toBe(true)
    expect(paragraphs.find((p) => p.text.startsWith('1. '))!.bidi).toBe(true)
    expect(await part(zip, 'docProps/custom.xml')).toContain(String(session.id))
  })
})

describe('event invitation', () => {
  it('in Swedish has the date, place, programme and invitee groups', async () => {
    const localized = (await payload.findByID({
      collection: 'decision-events',
      id: event.id,
      depth: 1,
      locale: 'sv',
    })) as DecisionEvent
    const { paragraphs, styles } = await docx((await loadEventInvitation(payload, 'sv', system, localized)).data)
    const text = paragraphs.map((p) => p.text).join('\n')
    expect(styles).toContain('w:lang w:val="sv-FI"')
    expect(text).toContain('Inbjudan till beslutsfattartillfälle')
    expect(text).toContain(event.place!)
    expect(text).toMatch(/september 2026/)
    for (const item of event.programme ?? []) expect(text).toContain(item.item)
    expect(text).toContain('Förtroendevalda')
    expect(text).toContain('Polisen')
  })
})

describe('experience-card deck', () => {
  it('has one slide per card, each with its theme, tone and group', async () => {
    const cards = await payload.find({
      collection: 'experience-cards',
      where: { project: { equals: project.id } },
      sort: 'order',
      depth: 1,
      limit: 0,
      pagination: false,
    })
    const zip = await openZip((await loadCardDeck(payload, project, 'fi', system)).data)
    const slides = await slideTexts(zip)
    expect(slides).toHaveLength(cards.docs.length)
    cards.docs.forEach((card, i) => {
      const text = slides[i].join(' ')
      expect(text).toContain(card.text)
      expect(text).toContain((card.theme as { name: string }).name)
      expect(text).toContain(card.tone === 'positive' ? 'Myönteinen' : 'Kielteinen')
    })
    expect(await part(zip, 'ppt/slides/slide1.xml')).toContain('lang="fi-FI"')
  })

  it('after the event shows each selected card’s more/less tally from the event’s verdict records', async () => {
    const zip = await openZip((await loadCardDeck(payload, project, 'fi', system, { event })).data)
    const slides = await slideTexts(zip)
    const selected = await payload.find({
      collection: 'experience-cards',
      where: { and: [{ project: { equals: project.id } }, { selectedForEvent: { equals: true } }] },
      sort: 'order',
      depth: 0,
      limit: 0,
      pagination: false,
    })
    expect(slides).toHaveLength(selected.docs.length)
    const all = await payload.find({
      collection: 'event-verdicts',
      where: { event: { equals: event.id } },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    expect(all.docs.length).toBeGreaterThan(0)
    selected.docs.forEach((card, i) => {
      const verdicts = all.docs.filter((v) => String(v.card) === String(card.id))
      const more = verdicts.filter((v) => v.verdict === 'more').length
      const less = verdicts.filter((v) => v.verdict === 'less').length
      expect(slides[i].join(' ')).toContain(`Enemmän tätä: ${more}   ·   Vähemmän tuota: ${less}`)
    })
  })
})

describe('results presentation', () => {
  it('charts the project’s participants by language and cards by theme and tone, with the real numbers', async () => {
    const zip = await openZip((await loadResultsPresentation(payload, project, 'sv', system)).data)
    const charts = await chartSeries(zip)
    expect(charts).toHaveLength(2)
    const svSessions = (
      await payload.find({
        collection: 'sessions',
        where: { and: [{ project: { equals: project.id } }, { status: { not_equals: 'cancelled' } }] },
        depth: 1,
        locale: 'sv',
        limit: 0,
        pagination: false,
      })
    ).docs
    const byLanguage = new Map<string, number>()
    for (const s of svSessions) {
      const name = (s.language as { name: string }).name
      byLanguage.set(name, (byLanguage.get(name) ?? 0) + (s.participantCount ?? 0))
    }
    const participants = charts.find((c) => c.series.length === 1)!.series[0]
    expect(Object.fromEntries(participants.categories.map((c, i) => [c, participants.values[i]]))).toEqual(
      Object.fromEntries(byLanguage),
    )

    const themes = (
      await payload.find({ collection: 'themes', sort: 'order', locale: 'sv', depth: 0, limit: 0, pagination: false })
    ).docs
    const cards = (
      await payload.find({
        collection: 'experience-cards',
        where: { project: { equals: project.id } },
        depth: 0,
        limit: 0,
        pagination: false,
      })
    ).docs
    const tones = charts.find((c) => c.series.length === 2)!.series
    expect(tones.map((s) => s.name)).toEqual(['Positiv', 'Negativ'])
    expect(tones[0].categories).toEqual(themes.map((t) => t.name))
    for (const [i, tone] of (['positive', 'negative'] as const).entries()) {
      expect(tones[i].values).toEqual(
        themes.map((t) => cards.filter((c) => String(c.theme) === String(t.id) && c.tone === tone).length),
      )
    }
    // Each chart has alt text that states the numbers.
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    const slideXml = await Promise.all(slides.map((slide) => part(zip, slide)))
    const withCharts = slideXml.filter((xml) => xml.includes('<c:chart '))
    expect(withCharts.length).toBeGreaterThan(0)
    for (const xml of withCharts) expect(xml).toMatch(/<p:cNvPr [^>]*descr="[^"]*\d[^"]*"/)
    const text = (await slideTexts(zip)).flat().join(' ')
    expect(text).toContain('Nästa steg: beslutsfattartillfället')
    expect(text).toContain(event.title)
  })
})

describe('coordinate grid', () => {
  it('takes its axis labels from the CMS texts, and an edit shows in the next file', async () => {
    let slides = await slideTexts(await openZip((await loadCoordinateGrid(payload, 'sv', system)).data))
    expect(slides).toHaveLength(1)
    expect(slides[0]).toEqual(
      expect.arrayContaining(['Lätt att ändra', 'Svårt att ändra', 'Liten effekt', 'Stor effekt']),
    )
    await payload.updateGlobal({
      slug: 'document-texts',
      locale: 'sv',
      data: { grid: { xAxisLow: 'Enkelt att ändra' } } as never,
      overrideAccess: false,
      user: editor,
    })
    slides = await slideTexts(await openZip((await loadCoordinateGrid(payload, 'sv', system)).data))
    expect(slides[0]).toContain('Enkelt att ändra')
  })
})

describe('library regeneration', () => {
  const pendingJobs = async () =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: REGENERATE_LIBRARY_TASK } }, { completedAt: { exists: false } }] },
        depth: 0,
      })
    ).docs

  it('a fresh installation gets every generated file at its first start, and the queued regeneration is dropped', async () => {
    const generatedVersions = async () =>
      (
        await payload.find({
          collection: 'materials',
          depth: 0,
          limit: 0,
          pagination: false,
          where: { kind: { in: ['scribe-form', 'invitation-pack', 'event-invitation', 'coordinate-grid'] } },
        })
      ).docs
        .flatMap((m) => (m as Material).versions ?? [])
        .filter((v) => v.generated && v.file)
    // Seeded, not yet started: the questions' seeding queued a regeneration; no file exists.
    expect(await generatedVersions()).toEqual([])
    expect(await pendingJobs()).toHaveLength(1)

    expect(await ensureLibraryFiles(payload)).toEqual({ files: 24 })
    expect(await generatedVersions()).toHaveLength(24)
    expect(await pendingJobs()).toHaveLength(0)
    // The next start finds them there and makes nothing.
    expect(await ensureLibraryFiles(payload)).toBeNull()
  }, 120_000)

  it('an editor’s question edits queue one regeneration, which refreshes every language version with its status', async () => {
    await payload.jobs.run({ queue: 'default', limit: 100 })
    expect(await pendingJobs()).toHaveLength(0)
    const question = (await payload.find({ collection: 'discussion-questions', sort: 'order', limit: 1, depth: 0 }))
      .docs[0]
    const corrected = 'Korjattu kysymys: miten voit vaikuttaa kotikuntasi asioihin?'
    await payload.update({
      collection: 'discussion-questions',
      id: question.id,
      locale: 'fi',
      data: { text: corrected },
      overrideAccess: false,
      user: editor,
    })
    await payload.update({
      collection: 'discussion-questions',
      id: question.id,
      locale: 'en',
      data: { facilitatorNote: 'Ask for examples.' },
      overrideAccess: false,
      user: editor,
    })
    expect(await pendingJobs()).toHaveLength(1)

    await payload.jobs.run({ queue: 'default', limit: 10 })
    expect(await pendingJobs()).toHaveLength(0)

    const pack = (
      await payload.find({ collection: 'materials', where: { kind: { equals: 'invitation-pack' } }, depth: 1 })
    ).docs[0] as Material
    const versions = pack.versions ?? []
    expect(versions.map((v) => v.language).sort()).toEqual(['ar', 'en', 'et', 'fi', 'ru', 'se', 'so', 'sw', 'uk', 'vi'])
    expect(versions.every((v) => v.generated && v.file)).toBe(true)
    const statusOf = (lang: string) => versions.find((v) => v.language === lang)!.translationStatus
    expect(statusOf('ar')).toBe('draft')
    expect(['reviewed', 'draft', 'outdated']).toContain(statusOf('fi'))

    const finnishFile = versions.find((v) => v.language === 'fi')!.file as {
      filename: string
      url?: string
      mimeType?: string
    }
    expect(finnishFile.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const fs = await import('node:fs')
    const path = await import('node:path')
    const stored = fs.readFileSync(path.join(portal.dataDir, 'uploads', 'files', finnishFile.filename))
    const { paragraphs } = await docx(stored)
    expect(paragraphs.map((p) => p.text)).toContain(`1. ${corrected}`)

    for (const kind of ['scribe-form', 'event-invitation', 'coordinate-grid']) {
      const material = (await payload.find({ collection: 'materials', where: { kind: { equals: kind } }, depth: 0 }))
        .docs[0] as Material
      const expected = kind === 'scribe-form' ? 10 : 2
      expect((material.versions ?? []).filter((v) => v.generated)).toHaveLength(expected)
    }
  }, 120_000)

  it('a second run replaces the files instead of piling them up', async () => {
    const before = (await payload.count({ collection: 'files' })).totalDocs
    await payload.jobs.queue({ task: REGENERATE_LIBRARY_TASK as never, input: {} as never })
    await payload.jobs.run({ queue: 'default', limit: 10 })
    expect((await payload.count({ collection: 'files' })).totalDocs).toBe(before)
  }, 120_000)
})
