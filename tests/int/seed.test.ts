/**
 * The reference data and the demo project as the portal's users meet them:
 * the municipalities on the map, the languages of the material library, the
 * discussion questions in every material language, the published pages the
 * public reads — and a seed that can be run again without creating anything twice.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { materialLocaleCodes } from '../../src/i18n/locales'
import { DEMO_PASSWORD } from '../../src/seed/demo/seedDemoUsers'
import { lexicalText } from '../../src/seed/lib/lexical'
import { seed, type SeedResult } from '../../src/seed/seed'
import { startPayload, type TestPortal } from '../helpers/startPayload'

const realMunicipalities = [
  'Helsinki',
  'Vantaa',
  'Raahe',
  'Kalajoki',
  'Nivala',
  'Haapavesi',
  'Tampere',
  'Turku',
  'Kuopio',
  'Varkaus',
  'Joroinen',
  'Vaasa',
  'Korsnäs',
  'Kristiinankaupunki',
  'Närpiö',
  'Kaskinen',
  'Maalahti',
  'Jyväskylä',
  'Kouvola',
  'Kotka',
  'Kajaani',
  'Joensuu',
  'Lieksa',
  'Mikkeli',
  'Savonlinna',
  'Rovaniemi',
  'Kemi',
  'Tornio',
  'Pori',
  'Kokkola',
  'Imatra',
]
const dataCollectionLanguages = [
  'ru',
  'uk',
  'ar',
  'sw',
  'so',
  'et',
  'en',
  'fi',
  'prs',
  'fa',
  'ti',
  'rw',
  'rn',
  'th',
  'es',
  'bs',
  'sv',
  'vi',
]
const counted: CollectionSlug[] = [
  'languages',
  'themes',
  'discussion-questions',
  'municipalities',
  'materials',
  'pages',
  'organizations',
  'projects',
  'sessions',
  'reports',
  'experience-cards',
  'decision-events',
  'actions',
  'feedback-responses',
  'evaluations',
  'users',
]
const pageSlugs = [
  'home',
  'discussion-sessions',
  'decision-maker-event',
  'monitoring-and-evaluation',
  'how-to-start',
  'contacts',
  'privacy-notice',
  'accessibility-statement',
  'for-residents',
]

let portal: TestPortal
let payload: Payload
let first: SeedResult
let second: SeedResult
const countsAfter: Record<string, number>[] = []

const countAll = async (collection: CollectionSlug, where = {}) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs
const snapshot = async () => Object.fromEntries(await Promise.all(counted.map(async (c) => [c, await countAll(c)])))
const asPublic = { overrideAccess: false, depth: 0 } as const

beforeAll(async () => {
  portal = await startPayload()
  payload = portal.payload
  payload.logger.level = 'error'
  first = await seed(payload, { demo: true })
  countsAfter.push(await snapshot())
  second = await seed(payload, { demo: true })
  countsAfter.push(await snapshot())
})
afterAll(async () => {
  await portal?.stop()
})

describe('running the seed again', () => {
  test('the second run creates and changes nothing', () => {
    expect(Object.keys(first.summary).length).toBeGreaterThan(0)
    expect(second.summary).toEqual({})
    expect(countsAfter[1]).toEqual(countsAfter[0])
  })

  test('no natural key appears twice', async () => {
    const values = async (collection: CollectionSlug, field: string) =>
      (await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map(
        (d) => (d as unknown as Record<string, unknown>)[field],
      )
    for (const [collection, field] of [
      ['languages', 'code'],
      ['themes', 'key'],
      ['municipalities', 'name'],
      ['materials', 'slug'],
      ['pages', 'slug'],
      ['organizations', 'name'],
      ['users', 'email'],
      ['experience-cards', 'text'],
    ] as [CollectionSlug, string][]) {
      const list = await values(collection, field)
      expect({ collection, duplicates: list.filter((v, i) => list.indexOf(v) !== i) }).toEqual({
        collection,
        duplicates: [],
      })
    }
    const questions = await payload.find({ collection: 'discussion-questions', limit: 0, pagination: false, depth: 0 })
    const keys = questions.docs.map((q) => `${q.theme}:${q.order}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('a record removed since the last run comes back, and an edited one is left as the editor wrote it', async () => {
    const imatra = await payload.find({ collection: 'municipalities', where: { name: { equals: 'Imatra' } }, depth: 0 })
    await payload.delete({ collection: 'municipalities', id: imatra.docs[0].id, overrideAccess: true })
    const helsinki = (
      await payload.find({ collection: 'municipalities', where: { name: { equals: 'Helsinki' } }, depth: 0 })
    ).docs[0]
    await payload.update({
      collection: 'municipalities',
      id: helsinki.id,
      locale: 'fi',
      data: { summary: 'Toimittajan oma teksti.' },
    })

    const third = await seed(payload, { demo: true })

    expect(third.summary).toEqual({ municipalities: { created: 1, updated: 0 } })
    expect(await countAll('municipalities', { name: { equals: 'Imatra' } })).toBe(1)
    const after = await payload.findByID({ collection: 'municipalities', id: helsinki.id, locale: 'fi', depth: 0 })
    expect(after.summary).toBe('Toimittajan oma teksti.')
  })
})

describe('municipalities', () => {
  test('the 31 municipalities of the programme and the one example are listed for the public', async () => {
    const real = await payload.find({
      collection: 'municipalities',
      where: { isExample: { not_equals: true } },
      limit: 100,
      ...asPublic,
    })
    expect(real.docs.map((m) => m.name).sort()).toEqual([...realMunicipalities].sort())
    const examples = await payload.find({
      collection: 'municipalities',
      where: { isExample: { equals: true } },
      ...asPublic,
    })
    expect(examples.docs.map((m) => [m.name, m.phase])).toEqual([['Esimerkkilä (esimerkki)', 'none']])
  })

  test('Swedish names, regions and Kajaani’s neighbours are as the source page gives them', async () => {
    const byName = async (name: string) =>
      (await payload.find({ collection: 'municipalities', where: { name: { equals: name } }, ...asPublic })).docs[0]
    expect(await byName('Helsinki')).toMatchObject({ nameSv: 'Helsingfors', region: 'uusimaa' })
    expect(await byName('Mikkeli')).toMatchObject({ nameSv: 'S:t Michel', region: 'etela-savo' })
    expect(await byName('Kokkola')).toMatchObject({ nameSv: 'Karleby', region: 'keski-pohjanmaa' })
    const kajaani = await byName('Kajaani')
    expect(kajaani).toMatchObject({ nameSv: 'Kajana', region: 'kainuu', decisionEventHeld: true })
    expect(kajaani.partnerMunicipalities?.map((p) => p.name)).toEqual(['Sotkamo', 'Ristijärvi'])
  })

  test('every real municipality has a public summary in Finnish, Swedish and English', async () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const found = await payload.find({
        collection: 'municipalities',
        locale,
        fallbackLocale: false as never,
        where: { isExample: { not_equals: true } },
        limit: 100,
        ...asPublic,
      })
      expect(found.docs.filter((m) => !m.summary).map((m) => m.name)).toEqual([])
    }
  })
})

describe('languages', () => {
  test('exactly the ten material languages are flagged', async () => {
    const material = await payload.find({
      collection: 'languages',
      where: { materialLanguage: { equals: true } },
      limit: 100,
      ...asPublic,
    })
    expect(material.docs.map((l) => l.code).sort()).toEqual([...materialLocaleCodes].sort())
  })

  test('every language of the data collection is there, and Arabic, Farsi and Dari are right to left', async () => {
    const all = await payload.find({ collection: 'languages', limit: 100, ...asPublic })
    const codes = all.docs.map((l) => l.code)
    expect(codes).toEqual(expect.arrayContaining([...dataCollectionLanguages, 'se']))
    const rtl = all.docs.filter((l) => l.direction === 'rtl').map((l) => l.code)
    expect(rtl.sort()).toEqual(['ar', 'fa', 'prs'])
    expect(all.docs.find((l) => l.code === 'ar')?.nativeName).toBe('العربية')
  })

  test('language names read in Finnish, Swedish and English', async () => {
    const names = async (locale: 'fi' | 'sv' | 'en') =>
      (
        await payload.find({
          collection: 'languages',
          where: { code: { equals: 'ar' } },
          locale,
          fallbackLocale: false as never,
          ...asPublic,
        })
      ).docs[0].name
    expect([await names('fi'), await names('sv'), await names('en')]).toEqual(['arabia', 'arabiska', 'Arabic'])
  })
})

describe('themes and discussion questions', () => {
  test('the four themes have names in Finnish, Swedish and English and distinct colours', async () => {
    const themes = await payload.find({
      collection: 'themes',
      locale: 'sv',
      fallbackLocale: false as never,
      ...asPublic,
    })
    expect(themes.docs.map((t) => t.key)).toEqual(['participation', 'attitudes', 'safety', 'interaction'])
    expect(themes.docs.map((t) => t.name)).toEqual(['Delaktighet', 'Attityder', 'Trygghetskänsla', 'Interaktion'])
    expect(new Set(themes.docs.map((t) => t.colour.toLowerCase())).size).toBe(4)
  })

  test.each(['fi', 'sv', 'en', ...materialLocaleCodes.filter((c) => !['fi', 'en'].includes(c))] as const)(
    'each theme has at least two questions readable in %s, without falling back to Finnish',
    async (locale) => {
      const themes = await payload.find({ collection: 'themes', ...asPublic })
      const questions = await payload.find({
        collection: 'discussion-questions',
        locale,
        fallbackLocale: false as never,
        limit: 100,
        ...asPublic,
      })
      for (const theme of themes.docs) {
        const own = questions.docs.filter(
          (q) => q.theme === theme.id && typeof q.text === 'string' && q.text.trim().length > 10,
        )
        expect({ theme: theme.key, questions: own.length >= 2 }).toEqual({ theme: theme.key, questions: true })
        const expected = ['fi', 'sv', 'en'].includes(locale) ? 'reviewed' : 'draft'
        expect(new Set(own.map((q) => q.translationStatus))).toEqual(new Set([expected]))
      }
    },
  )

  test('questions are written in their own scripts', async () => {
    const text = async (locale: 'ar' | 'ru' | 'uk' | 'vi' | 'se') =>
      (
        await payload.find({
          collection: 'discussion-questions',
          locale,
          fallbackLocale: false as never,
          limit: 100,
          ...asPublic,
        })
      ).docs
        .map((q) => q.text)
        .join(' ')
    expect(await text('ar')).toMatch(/[\u0600-\u06FF]/)
    expect(await text('ru')).toMatch(/[а-яё]/)
    expect(await text('uk')).toMatch(/[іїєґ]/)
    expect(await text('vi')).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/)
    expect(await text('se')).toMatch(/[áčđŋšŧž]/)
  })
})

describe('what the public reads', () => {
  const pageText = async (slug: string, locale: 'fi' | 'sv' | 'en' | (typeof materialLocaleCodes)[number]) => {
    const found = await payload.find({
      collection: 'pages',
      where: { slug: { equals: slug } },
      locale,
      fallbackLocale: false as never,
      ...asPublic,
    })
    const page = found.docs[0]
    return page ? { title: page.title, text: lexicalText(page.content) } : null
  }

  test('every page is published and visible without signing in, in Finnish, Swedish and English', async () => {
    const pages = await payload.find({ collection: 'pages', limit: 100, ...asPublic })
    expect(pages.docs.map((p) => p.slug).sort()).toEqual([...pageSlugs].sort())
    expect(pages.docs.every((p) => p._status === 'published')).toBe(true)
    for (const slug of pageSlugs) {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        const page = await pageText(slug, locale)
        expect({ slug, locale, title: Boolean(page?.title), text: (page?.text.length ?? 0) > 100 }).toEqual({
          slug,
          locale,
          title: true,
          text: true,
        })
      }
    }
  })

  test('the toolkit has one page per part, the residents’ page is of its own kind', async () => {
    const pages = await payload.find({ collection: 'pages', limit: 100, ...asPublic })
    const parts = pages.docs.filter((p) => p.kind === 'toolkit-part').map((p) => p.part)
    expect(parts.sort()).toEqual(['event', 'monitoring', 'sessions'])
    expect(pages.docs.find((p) => p.slug === 'for-residents')?.kind).toBe('residents')
  })

  test.each(materialLocaleCodes.filter((c) => c !== 'fi'))(
    'the page for residents is translated into %s, with the same sections as in Finnish',
    async (locale) => {
      const shape = async (code: (typeof materialLocaleCodes)[number]) => {
        const found = await payload.find({
          collection: 'pages',
          where: { slug: { equals: 'for-residents' } },
          locale: code,
          fallbackLocale: false as never,
          ...asPublic,
        })
        const page = found.docs[0]
        return {
          title: Boolean(page?.title),
          blocks: page?.content?.root.children.map(
            (n) => `${n.type}${n.tag ?? ''}:${(n.children as unknown[]).length}`,
          ),
        }
      }
      const [own, finnish] = [await shape(locale), await shape('fi')]
      expect(own).toEqual(finnish)
      expect((await pageText('for-residents', locale))?.text).not.toBe((await pageText('for-residents', 'fi'))?.text)
    },
  )

  test('the residents’ page in Arabic is right to left', async () => {
    const found = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'for-residents' } },
      locale: 'ar',
      ...asPublic,
    })
    expect(found.docs[0].content?.root.direction).toBe('rtl')
  })

  test('the privacy notice states the retention times and that reports hold no names', async () => {
    const fi = (await pageText('privacy-notice', 'fi'))!.text
    expect(fi).toContain('poistetaan 7 päivän kuluttua')
    expect(fi).toContain('90 päivän kuluttua')
    expect(fi).toContain('ei kirjata osallistujien nimiä')
    const en = (await pageText('privacy-notice', 'en'))!.text
    expect(en).toContain('Unconfirmed mailing-list sign-ups are deleted after 7 days')
    expect(en).toContain('90 days after the decision')
    expect(en).toContain('no participant names')
    const sv = (await pageText('privacy-notice', 'sv'))!.text
    expect(sv).toMatch(/7 dagar[\s\S]*90 dagar/)
  })

  test('the accessibility statement gives a feedback channel, the same one as the site settings', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', ...asPublic })
    expect(settings.accessibilityFeedbackUrl).toBe('mailto:nexhat.beqiri@ely-keskus.fi')
    const found = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'accessibility-statement' } },
      ...asPublic,
    })
    expect(JSON.stringify(found.docs[0].content)).toContain('"url":"mailto:nexhat.beqiri@ely-keskus.fi"')
  })

  test('the site settings carry the contacts of the source page with titles in three languages', async () => {
    const en = await payload.findGlobal({
      slug: 'site-settings',
      locale: 'en',
      fallbackLocale: false as never,
      ...asPublic,
    })
    expect(en.siteName).toBe('Good population relations')
    expect(en.contacts?.map((c) => [c.name, c.title, c.email])).toEqual([
      ['Nexhat Beqiri', 'Senior Planning Officer', 'nexhat.beqiri@ely-keskus.fi'],
      ['Liisa Päkki', 'Planning Officer', 'liisa.pakki@ely-keskus.fi'],
    ])
    const sv = await payload.findGlobal({
      slug: 'site-settings',
      locale: 'sv',
      fallbackLocale: false as never,
      ...asPublic,
    })
    expect(sv.contacts?.map((c) => c.title)).toEqual(['specialplanerare', 'planerare'])
  })

  test('the material library is published, with the guidance in Finnish and Swedish and the invitation pack in ten languages', async () => {
    const materials = await payload.find({ collection: 'materials', limit: 100, ...asPublic })
    expect(materials.docs).toHaveLength(7)
    const bySlug = Object.fromEntries(materials.docs.map((m) => [m.slug, m]))
    expect(bySlug['toolkit-guidance'].versions?.map((v) => v.language)).toEqual(['fi', 'sv'])
    expect(bySlug['invitation-questions-and-guidance'].versions?.map((v) => v.language).sort()).toEqual(
      [...materialLocaleCodes].sort(),
    )
    expect(new Set(materials.docs.map((m) => m.part))).toEqual(new Set(['sessions', 'event', 'guidance']))
  })
})

describe('the demo project', () => {
  test('is clearly an example, in the example municipality, with two partner NGOs', async () => {
    const projects = await payload.find({ collection: 'projects', depth: 1, overrideAccess: true })
    expect(projects.docs).toHaveLength(1)
    const [project] = projects.docs
    expect(project.isExample).toBe(true)
    expect(project.municipality).toMatchObject({ name: 'Esimerkkilä (esimerkki)', isExample: true })
    expect(project.partners).toHaveLength(2)
  })

  test('holds sessions in several languages, reports with answers per question, and cards across themes and tones', async () => {
    const sessions = await payload.find({ collection: 'sessions', depth: 1, overrideAccess: true })
    const languages = sessions.docs.map((s) => (s.language as { code: string }).code)
    expect(languages).toEqual(expect.arrayContaining(['ar', 'so', 'uk', 'ru']))
    expect(sessions.docs.every((s) => typeof s.participantCount === 'number' && s.participantCount > 0)).toBe(true)

    const reports = await payload.find({ collection: 'reports', depth: 0, overrideAccess: true })
    expect(new Set(reports.docs.map((r) => r.status))).toEqual(new Set(['approved', 'submitted']))
    expect(reports.docs.every((r) => (r.answers?.length ?? 0) >= 4 && r.answers!.every((a) => a.finnish))).toBe(true)

    const cards = await payload.find({ collection: 'experience-cards', depth: 0, limit: 100, overrideAccess: true })
    expect(cards.docs.length).toBeGreaterThanOrEqual(6)
    expect(cards.docs.length).toBeLessThanOrEqual(10)
    expect(new Set(cards.docs.map((c) => c.theme)).size).toBe(4)
    expect(new Set(cards.docs.map((c) => c.tone))).toEqual(new Set(['positive', 'negative']))
    expect(cards.docs.every((c) => c.sourceSession && c.populationGroup)).toBe(true)
  })

  test('its event has invitees, small groups, verdicts, grid placements and an action programme with one public action', async () => {
    const events = await payload.find({ collection: 'decision-events', depth: 0, overrideAccess: true })
    expect(events.docs).toHaveLength(1)
    const [event] = events.docs
    expect(event.invitees?.map((i) => i.group)).toEqual(
      expect.arrayContaining(['elected', 'civil-servants', 'ngo', 'residents', 'police', 'wellbeing-county']),
    )
    expect(event.smallGroups?.length).toBeGreaterThan(1)
    const answers = { where: { event: { equals: event.id } }, depth: 0, limit: 0, overrideAccess: true } as const
    const verdicts = await payload.find({ collection: 'event-verdicts', ...answers })
    expect(new Set(verdicts.docs.map((v) => v.verdict))).toEqual(new Set(['more', 'less']))
    expect(verdicts.docs.every((v) => v.project === event.project)).toBe(true)
    expect((await payload.find({ collection: 'event-placements', ...answers })).totalDocs).toBeGreaterThan(0)
    const inSwedish = await payload.findByID({
      collection: 'decision-events',
      id: event.id,
      locale: 'sv',
      fallbackLocale: false as never,
      depth: 0,
      overrideAccess: true,
    })
    expect(inSwedish.grid?.xAxisLow).toBe('Lätt att ändra')

    const actions = await payload.find({
      collection: 'actions',
      where: { event: { equals: event.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(actions.docs).toHaveLength(3)
    const publicActions = await payload.find({ collection: 'actions', ...asPublic })
    expect(publicActions.docs.map((a) => a.title)).toEqual(['Monikielinen asukasinfo kirjastossa kerran kuukaudessa'])

    expect(await countAll('feedback-responses', { event: { equals: event.id } })).toBeGreaterThanOrEqual(3)
    expect(await countAll('evaluations')).toBe(2)
  })

  test('keeps team records away from the public', async () => {
    for (const collection of [
      'projects',
      'sessions',
      'reports',
      'experience-cards',
      'decision-events',
      'feedback-responses',
      'evaluations',
    ] as const) {
      const visible = await payload.find({ collection, ...asPublic }).then(
        (found) => found.totalDocs,
        (error: Error) => (error.name === 'Forbidden' ? 0 : Promise.reject(error)),
      )
      expect({ collection, visible }).toEqual({ collection, visible: 0 })
    }
  })

  test('has one user per role, who can sign in with the demo password', async () => {
    const users = await payload.find({ collection: 'users', depth: 0, overrideAccess: true })
    expect(users.docs.map((u) => [u.email, u.role]).sort()).toEqual([
      ['admin@example.org', 'admin'],
      ['coordinator@example.org', 'coordinator'],
      ['editor@example.org', 'editor'],
      ['organizer@example.org', 'organizer'],
    ])
    const project = (await payload.find({ collection: 'projects', depth: 0, overrideAccess: true })).docs[0]
    const coordinator = users.docs.find((u) => u.role === 'coordinator')!
    expect(coordinator.municipalities).toEqual([project.municipality])
    const organizer = users.docs.find((u) => u.role === 'organizer')!
    expect(project.partners).toContain(organizer.organization)
    expect(first.demoLogins.map((l) => l.email)).toContain('admin@example.org')

    const login = await payload.login({
      collection: 'users',
      data: { email: 'coordinator@example.org', password: DEMO_PASSWORD },
    })
    expect(login.user?.email).toBe('coordinator@example.org')
  })
})

describe('in production', () => {
  test('the seed creates no users at all, even with the demo', async () => {
    await payload.delete({ collection: 'users', where: { email: { exists: true } }, overrideAccess: true })
    expect(await countAll('users')).toBe(0)
    const env = process.env as Record<string, string | undefined>
    const before = env.NODE_ENV
    env.NODE_ENV = 'production'
    let result: SeedResult
    try {
      result = await seed(payload, { demo: true })
    } finally {
      env.NODE_ENV = before
    }
    expect(await countAll('users')).toBe(0)
    expect(result.demoLogins).toEqual([])
    expect(result.summary).toEqual({})
  })
})
