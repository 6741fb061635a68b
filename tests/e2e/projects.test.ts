/**
 * The toolkit round as the team walks it, in Chromium against the production
 * server: the organiser records a session and submits a report; the
 * coordinator approves it, writes two cards and opens the event; two small
 * groups answer on their phones and the facilitator's tally shows them; the
 * action programme (a fifth action refused, a public one on the municipality
 * page); three survey answers counted in the overview chart; the next round
 * started and compared. Then the isolation cases.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, e2eBaseUrl, launchBrowser } from '../helpers/browser'

const password = 'hyvat-suhteet-demo'
let browser: Browser
let base: string
const contexts: BrowserContext[] = []

type State = {
  coordinator: Page
  organizer: Page
  municipality: { id: string; slug: string }
  project: string
  session: string
  report: string
  cards: string[]
  event: string
  boardToken: string
  surveyToken: string
  nextRound?: string
}
const s = {} as State

beforeAll(async () => {
  base = e2eBaseUrl()
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined)
  await browser?.close()
})

async function device(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options)
  contexts.push(context)
  return context.newPage()
}

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

async function signIn(email: string): Promise<Page> {
  const page = await device()
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  return page
}

type Reply = { status: number; body: any; text: string }

/** REST as the person signed in on this page: a fetch from inside the page, with its session cookie, as the admin itself calls the API. */
async function call(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<Reply> {
  return page.evaluate(
    async ({ method, path, data }) => {
      const res = await fetch(path, {
        method,
        credentials: 'include',
        headers: data === undefined ? {} : { 'Content-Type': 'application/json' },
        body: data === undefined ? undefined : JSON.stringify(data),
      })
      const text = await res.text()
      const body = (() => {
        try {
          return JSON.parse(text)
        } catch {
          return null
        }
      })()
      return { status: res.status, body, text }
    },
    { method, path, data },
  )
}
const first = async (page: Page, path: string) => (await call(page, 'GET', path)).body?.docs?.[0]

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([])
}

describe('a toolkit round in the portal', () => {
  test('the organiser records a session and submits a report', async () => {
    s.coordinator = await signIn('coordinator@example.org')
    s.organizer = await signIn('organizer@example.org')
    const me = (await call(s.coordinator, 'GET', `/api/users/me?depth=1`)).body.user
    const municipality = me.municipalities[0]
    s.municipality = { id: municipality.id, slug: municipality.slug }
    const ngo = (await call(s.organizer, 'GET', `/api/users/me?depth=0`)).body.user.organization
    const arabic = await first(s.coordinator, '/api/languages?where[code][equals]=ar&depth=0')
    const project = await call(s.coordinator, 'POST', `/api/projects`, {
      title: 'Selainkoe-kierros',
      municipality: municipality.id,
      partners: [ngo],
      languages: [arabic.id],
      populationGroups: [{ name: 'Arabiankieliset nuoret' }],
    })
    expect(project.status).toBe(201)
    s.project = project.body.doc.id

    const session = await call(s.organizer, 'POST', `/api/sessions`, {
      project: s.project,
      populationGroup: 'Arabiankieliset nuoret',
      language: arabic.id,
      organization: ngo,
      participantCount: 9,
      status: 'held',
      date: '2026-10-01T15:00:00.000Z',
    })
    expect(session.status).toBe(201)
    s.session = session.body.doc.id
    const question = await first(s.organizer, '/api/discussion-questions?limit=1&depth=0')
    const report = await call(s.organizer, 'POST', `/api/reports`, {
      session: s.session,
      title: 'Nuorten keskustelu',
      status: 'submitted',
      answers: [{ question: question.id, original: 'نلتقي في المكتبة', finnish: 'Tapaamme kirjastossa.' }],
    })
    expect(report.status).toBe(201)
    s.report = report.body.doc.id
    // The organiser sees the report in the admin list.
    await s.organizer.goto(`${base}/admin/collections/reports`)
    await expect(
      s.organizer.getByText('Nuorten keskustelu').first().waitFor({ timeout: 30_000 }),
    ).resolves.toBeUndefined()
  })

  test('the coordinator approves it; the organiser can no longer change it', async () => {
    const approve = await call(s.coordinator, 'PATCH', `/api/reports/${s.report}`, { status: 'approved' })
    expect(approve.status).toBe(200)
    const edit = await call(s.organizer, 'PATCH', `/api/reports/${s.report}`, { proposals: 'Jälkikäteen' })
    expect(edit.status).toBe(400)
    // The production server keeps field messages out of the JSON; the integration tests assert the wording.
    const report = (await call(s.coordinator, 'GET', `/api/reports/${s.report}?depth=0`)).body
    expect(report).toMatchObject({
      status: 'approved',
      answers: [expect.objectContaining({ finnish: 'Tapaamme kirjastossa.' })],
    })
    expect(report.proposals ?? null).toBeNull()
  })

  test('the coordinator writes two cards and opens the event', async () => {
    const theme = await first(s.coordinator, '/api/themes?limit=1&depth=0')
    s.cards = []
    for (const [text, tone] of [
      ['Kirjasto on paikka, jossa kaikki ovat tervetulleita.', 'positive'],
      ['Harrastuksiin on vaikea päästä mukaan ilman suomen kieltä.', 'negative'],
    ]) {
      const card = await call(s.coordinator, 'POST', `/api/experience-cards`, {
        project: s.project,
        text,
        theme: theme.id,
        tone,
        sourceSession: s.session,
        sourceReport: s.report,
        selectedForEvent: true,
        order: s.cards.length + 1,
      })
      expect(card.status).toBe(201)
      s.cards.push(card.body.doc.id)
    }
    const event = await call(s.coordinator, 'POST', `/api/decision-events`, {
      project: s.project,
      title: 'Selainkokeen päättäjätilaisuus',
      status: 'open',
      smallGroups: [{ name: 'Ryhmä A' }, { name: 'Ryhmä B' }],
    })
    expect(event.status).toBe(201)
    s.event = event.body.doc.id
    s.boardToken = event.body.doc.boardToken
    s.surveyToken = event.body.doc.surveyToken
    expect(s.boardToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  test('two small groups give verdicts on their phones and the tally shows them', async () => {
    const groups = [
      { name: 'Ryhmä A', verdicts: ['Enemmän tätä', 'Vähemmän tuota'], note: 'Kirjastoon lisää iltatoimintaa' },
      { name: 'Ryhmä B', verdicts: ['Enemmän tätä', 'Enemmän tätä'], note: '' },
    ]
    const phones = await Promise.all(groups.map(() => device(phone)))
    await Promise.all(
      phones.map(async (page, i) => {
        const group = groups[i]
        await page.goto(`${base}/fi/board/${s.boardToken}`)
        if (i === 0) await expectNoAxeViolations(page)
        await page.getByLabel('Pienryhmänne').selectOption(group.name)
        await page.getByRole('button', { name: 'Aloita' }).click()
        for (const [n, verdict] of group.verdicts.entries()) {
          await page.getByRole('heading', { name: `Kortti ${n + 1} / 2` }).waitFor()
          if (n === 0 && group.note) await page.getByLabel('Huomio (vapaaehtoinen)').fill(group.note)
          await page.getByRole('button', { name: verdict }).click()
          await page
            .getByRole('status')
            .getByText(`Kortti ${n + 1}: Tallennettu`)
            .waitFor()
          if (n === 0) await page.getByRole('button', { name: 'Seuraava kortti' }).click()
        }
        if (i === 0) await expectNoAxeViolations(page)
      }),
    )

    // Group A places the first card on the grid from a tablet, with the keyboard only.
    const a = await device({ viewport: { width: 1024, height: 768 } })
    await a.goto(`${base}/fi/board/${s.boardToken}`)
    await a.getByLabel('Pienryhmänne').focus()
    await a.getByLabel('Pienryhmänne').selectOption('Ryhmä A')
    await a.keyboard.press('Tab')
    await a.keyboard.press('Enter')
    await a.getByRole('button', { name: 'Sijoita kortit nelikenttään' }).focus()
    await a.keyboard.press('Enter')
    await a.locator(`#place-x-${s.cards[0]}`).focus()
    await a.keyboard.press('ArrowDown')
    await a.keyboard.press('Tab')
    await a.keyboard.press('ArrowUp')
    await a.keyboard.press('Tab')
    await a.keyboard.press('Enter')
    await a.getByRole('status').getByText('Kortti 1: Sijoitettu.').waitFor()
    await expectNoAxeViolations(a)

    const tally = await signIn('coordinator@example.org').then(async (page) => {
      await page.goto(`${base}/fi/board/${s.boardToken}/tally`)
      return page
    })
    await expectNoAxeViolations(tally)
    const row = (card: string) => tally.locator(`tr[data-card="${card}"]`)
    expect(await row(s.cards[0]).locator('[data-testid=more]').innerText()).toBe('2')
    expect(await row(s.cards[0]).locator('[data-testid=less]').innerText()).toBe('0')
    expect(await row(s.cards[1]).locator('[data-testid=more]').innerText()).toBe('1')
    expect(await row(s.cards[1]).locator('[data-testid=less]').innerText()).toBe('1')
    await expect(
      row(s.cards[0]).getByText('Ryhmä A: Kirjastoon lisää iltatoimintaa').waitFor(),
    ).resolves.toBeUndefined()
    const placements = await call(s.coordinator, 'GET', `/api/event-placements?where[event][equals]=${s.event}&depth=0`)
    expect(placements.body.docs.map((p: { group: string; x: number; y: number }) => [p.group, p.x, p.y])).toEqual([
      ['Ryhmä A', 0.5, -0.5],
    ])
  })

  test('the coordinator records the actions, a fifth is refused, the public one is on the municipality page', async () => {
    const titles = [
      'Kirjaston iltakerho nuorille',
      'Harrastusten kielituki',
      'Nuorisotyön kieliresurssi',
      'Seurojen tervetulokortti',
    ]
    for (const [i, title] of titles.entries()) {
      const res = await call(s.coordinator, 'POST', `/api/actions`, {
        event: s.event,
        title,
        ownerRole: 'nuorisotyön päällikkö',
        indicator: 'Kävijämäärä',
        status: 'in-progress',
        progress: 20,
        public: i === 0,
      })
      expect(res.status).toBe(201)
    }
    const fifth = await call(s.coordinator, 'POST', `/api/actions`, { event: s.event, title: 'Viides' })
    expect(fifth.status).toBe(400)
    expect(
      (await call(s.coordinator, 'GET', `/api/actions?where[event][equals]=${s.event}&limit=0&depth=0`)).body.totalDocs,
    ).toBe(4)

    const visitor = await device()
    const publicAction = visitor.getByRole('heading', { name: 'Kirjaston iltakerho nuorille' })
    // The page is cached and revalidated on save; a visit may still get the copy that was being rebuilt.
    for (let visit = 0; visit < 5 && (await publicAction.count()) === 0; visit++) {
      await visitor.goto(`${base}/fi/municipalities/${s.municipality.slug}`)
    }
    await publicAction.waitFor({ timeout: 10_000 })
    expect(await visitor.getByText('Harrastusten kielituki').count()).toBe(0)
  })

  test('three survey answers arrive and the overview chart counts them', async () => {
    for (const [lang, effect, submit] of [
      ['fi', 'Paljon', 'Lähetä vastaus'],
      ['sv', 'Mycket', 'Skicka svaret'],
      ['en', 'A little', 'Send the answer'],
    ] as const) {
      const page = await device(phone)
      await page.goto(`${base}/${lang}/survey/${s.surveyToken}`)
      if (lang === 'fi') await expectNoAxeViolations(page)
      await page.locator('fieldset').nth(1).getByLabel(effect, { exact: true }).check()
      await page.locator('#survey-intentions').fill('Kerron kollegoille.')
      await page.getByRole('button', { name: submit }).click()
      await page.getByRole('status').waitFor()
      if (lang === 'fi') {
        await expectNoAxeViolations(page)
        await page.reload()
        await page.getByRole('button', { name: 'Vastaa tällä laitteella' }).waitFor()
      }
    }
    await s.coordinator.goto(`${base}/admin/project-overview/${s.project}`)
    await s.coordinator.locator('[data-testid=survey-count]').waitFor()
    expect(await s.coordinator.locator('[data-testid=survey-count]').innerText()).toMatch(/: 3$/)
    const chart = await s.coordinator.locator('[data-chart=eventEffect] desc').textContent()
    // The admin speaks the person's language (en by default, fi or sv when chosen).
    expect(chart).toMatch(/(A lot|Paljon|Mycket) 2/)
    expect(chart).toMatch(/(A little|Vähän|Lite) 1/)
    const csv = await call(s.coordinator, 'GET', `/api/project-export/${s.project}/survey.csv`)
    expect(csv.status).toBe(200)
    expect(csv.text.split('\r\n').filter((l) => l.includes('Kerron kollegoille.')).length).toBe(3)
  })

  test('a second round is started and compared', async () => {
    const page = s.coordinator
    await page.getByRole('button', { name: /Start the next round|Aloita seuraava kierros|Starta nästa omgång/ }).click()
    await page.waitForURL(
      (url) => url.pathname.startsWith('/admin/project-overview/') && !url.pathname.endsWith(s.project),
      { timeout: 60_000 },
    )
    s.nextRound = page.url().split('/').pop()
    const compare = page.locator('[data-testid=compare]')
    await compare.waitFor()
    expect(await compare.locator('thead').innerText()).toMatch(
      /(Round|Kierros|Omgång) 1[\s\S]*(Round|Kierros|Omgång) 2/,
    )
    const cardsRow = compare.locator('tbody tr').nth(1)
    expect((await cardsRow.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['2', '0'])
    const next = (await call(page, 'GET', `/api/projects/${s.nextRound}?depth=0`)).body
    expect(next).toMatchObject({
      round: 2,
      previousRound: s.project,
      populationGroups: [expect.objectContaining({ name: 'Arabiankieliset nuoret' })],
    })
  })
})

describe('isolation', () => {
  let otherCoordinator: Page
  let otherOrganizer: Page

  beforeAll(async () => {
    const admin = await signIn('admin@example.org')
    const otherMunicipality = await first(
      admin,
      `/api/municipalities?where[id][not_equals]=${s.municipality.id}&limit=1&depth=0`,
    )
    const sportsClub = await first(admin, `/api/organizations?where[name][like]=Urheiluseura&depth=0`)
    for (const data of [
      {
        email: 'koordinaattori.muu@example.org',
        name: 'Toisen kunnan koordinaattori',
        role: 'coordinator',
        municipalities: [otherMunicipality.id],
      },
      {
        email: 'jarjestaja.muu@example.org',
        name: 'Muun järjestön järjestäjä',
        role: 'organizer',
        organization: sportsClub.id,
      },
    ]) {
      const res = await call(admin, 'POST', `/api/users`, { ...data, password })
      if (res.status !== 201) throw new Error(`Could not create ${data.email}: ${res.text}`)
    }
    otherCoordinator = await signIn('koordinaattori.muu@example.org')
    otherOrganizer = await signIn('jarjestaja.muu@example.org')
  })

  test('another municipality’s coordinator and a non-partner organiser get nothing', async () => {
    for (const page of [otherCoordinator, otherOrganizer]) {
      for (const path of [
        `/api/projects/${s.project}`,
        `/api/sessions/${s.session}`,
        `/api/reports/${s.report}`,
        `/api/decision-events/${s.event}`,
        `/api/project-overview/${s.project}`,
        `/api/project-export/${s.project}/sessions.csv`,
      ]) {
        const res = await call(page, 'GET', path)
        expect([403, 404]).toContain(res.status)
        expect(res.text).not.toContain('Arabiankieliset nuoret')
      }
      const list = await call(page, 'GET', `/api/experience-cards?depth=0`)
      expect(JSON.stringify(list.body)).not.toContain('Kirjasto on paikka')
      expect((await call(page, 'POST', `/api/project-next-round/${s.project}`, {})).status).not.toBe(201)
      await page.goto(`${base}/admin/project-overview/${s.project}`)
      await page.getByText(/The project was not found|Hanketta ei löytynyt|Projektet hittades inte/).waitFor()
      expect(await page.getByText('Selainkoe-kierros').count()).toBe(0)
    }
  })

  test('a closed event’s link opens nothing', async () => {
    const close = await call(s.coordinator, 'PATCH', `/api/decision-events/${s.event}`, { status: 'closed' })
    expect(close.status).toBe(200)
    const phoneAfter = await device(phone)
    await phoneAfter.goto(`${base}/fi/board/${s.boardToken}`)
    await phoneAfter.getByRole('alert').getByText('Tilaisuus on päättynyt').waitFor()
    expect(await phoneAfter.getByRole('button', { name: 'Enemmän tätä' }).count()).toBe(0)
    await expectNoAxeViolations(phoneAfter)
    const verdict = await phoneAfter.request.post(`${base}/api/event-board/${s.boardToken}/verdicts`, {
      data: { card: s.cards[0], group: 'Ryhmä A', verdict: 'less' },
    })
    expect(verdict.status()).toBe(410)
    const surveyAfter = await phoneAfter.request.post(`${base}/api/event-survey/${s.surveyToken}`, {
      data: { eventEffect: 'much' },
    })
    expect(surveyAfter.status()).toBe(410)
    const verdicts = await call(s.coordinator, 'GET', `/api/event-verdicts?where[event][equals]=${s.event}&limit=0`)
    expect(verdicts.body.totalDocs).toBe(4)
  })
})
