/**
 * The public site's screens as visitors meet them, in Chromium against the
 * seeded production server: the five e-mail pages and their results in fi,
 * sv and en (and a sign-up walked from the form to the confirmed address),
 * the site's own 404, the landing language, the menu on a phone, search by a
 * municipality's Swedish name, a municipality whose phase follows its data,
 * the board in another language, and a crawl of every page in the sitemap and
 * every form and token page that must never answer with a 5xx. Axe runs on
 * each page type. One browser; pages are reused.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { resources } from '../../src/i18n/resources'
import { axeViolations, e2eBaseUrl, launchBrowser } from '../helpers/browser'

const password = 'hyvat-suhteet-demo'
const interfaceLanguages = ['fi', 'sv', 'en'] as const
type Lang = (typeof interfaceLanguages)[number]

let browser: Browser
let context: BrowserContext
let page: Page
let base: string

beforeAll(async () => {
  base = e2eBaseUrl()
  browser = await launchBrowser()
  context = await browser.newContext()
  page = await context.newPage()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens a path in the shared page and returns the status it answered with. */
async function visit(path: string, on: Page = page): Promise<number> {
  const res = await on.goto(`${base}${path}`)
  return res?.status() ?? 0
}

async function expectNoAxeViolations(label: string, on: Page = page) {
  const found = (await axeViolations(on)).map((v) => `${label}: ${v.id} ${v.help} ${JSON.stringify(v.nodes[0])}`)
  expect(found).toEqual([])
}

async function heading(on: Page = page): Promise<string> {
  return ((await on.locator('h1').textContent()) ?? '').trim()
}

async function login(email: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(res.status).toBe(200)
  return { authorization: `JWT ${((await res.json()) as { token: string }).token}` }
}

/** Mail the server sent through the Resend stand-in started by the global setup. */
async function mailTo(address: string): Promise<{ subject: string; text?: string; html?: string }[]> {
  const url = process.env.E2E_RESEND_URL
  if (!url) throw new Error('No Resend stand-in: run the browser tests through jest.e2e.config.mjs.')
  const delivered = (await (await fetch(`${url}/__delivered`)).json()) as {
    to: string[]
    subject: string
    text?: string
    html?: string
  }[]
  return delivered.filter((m) => m.to.includes(address))
}

async function linkIn(address: string, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 20; i++) {
    for (const mail of await mailTo(address)) {
      const found = pattern.exec(`${mail.text ?? ''} ${mail.html ?? ''}`)
      if (found) return new URL(found[0].replace(/&amp;/g, '&')).pathname + new URL(found[0]).search
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`No mail to ${address} with a link like ${pattern}`)
}

describe('the e-mail pages and their results', () => {
  // Every page and result a link in mail, a form or the footer can lead to, with the heading it must show.
  const cases = (f: (typeof resources)[Lang]['forms']): [string, string][] => [
    ['/subscribe', f.subscribe.title],
    ['/subscribe?sent=1', f.subscribe.sentTitle],
    ['/subscribe?error=email,consent&language=sv&regions=lappi', f.subscribe.title],
    ['/subscribe?error=rateLimited', f.subscribe.title],
    ['/workspace', f.workspace.title],
    ['/workspace?sent=1', f.workspace.sentTitle],
    ['/workspace?error=name,email,reason,consent', f.workspace.title],
    ['/my-data', f.myData.title],
    ['/my-data?sent=1', f.myData.sentTitle],
    ['/my-data?error=email', f.myData.title],
    ['/my-data?token=not-a-real-token', f.myData.deleteTitle],
    ['/my-data?error=token', f.myData.deleteTitle],
    ['/my-data?deleted=1', f.myData.deletedTitle],
    ['/confirm?token=Abc123_-xyz', f.confirm.title],
    ['/confirm?error=token', f.confirm.title],
    ['/confirm', f.confirm.title],
    ['/confirm?done=1', f.confirm.doneTitle],
    ['/unsubscribe?token=Abc123_-xyz', f.unsubscribe.title],
    ['/unsubscribe?error=token', f.unsubscribe.title],
    ['/unsubscribe?done=1', f.unsubscribe.doneTitle],
  ]

  test.each(interfaceLanguages)('every page answers 200 in %s, in its language, inside the site', async (lang) => {
    const c = resources[lang].common
    const failures: string[] = []
    for (const [path, title] of cases(resources[lang].forms)) {
      const status = await visit(`/${lang}${path}`)
      const h1 = await heading()
      if (status !== 200 || h1 !== title) failures.push(`${path}: ${status} “${h1}”, expected 200 “${title}”`)
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      // The site's header and navigation are there, so the visitor can go on from a result page.
      expect(await page.getByRole('navigation', { name: c.nav.label }).count()).toBe(1)
      // Axe on every page type in Finnish (form, errors, result, token page, dead link); the forms' errors in all three.
      const axeHere =
        lang === 'fi'
          ? /^\/(subscribe|workspace|my-data)(\?error=[a-z,]+.*)?$|sent=1|token=not|confirm\?token|error=token/
          : /^\/(subscribe|workspace)\?error=/
      if (axeHere.test(path))
        for (const v of await axeViolations(page)) failures.push(`${lang}${path}: ${v.id} ${v.help}`)
    }
    expect(failures).toEqual([])
  })

  test('errors link to their fields and keep what the visitor chose', async () => {
    expect(await visit('/sv/subscribe?error=email,consent&language=en&regions=lappi')).toBe(200)
    const summary = page.getByRole('alert')
    const link = summary.getByRole('link', { name: resources.sv.forms.errors.emailInvalid })
    expect(await link.getAttribute('href')).toBe('#email')
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#email').getAttribute('aria-describedby')).toBe('email-error')
    expect(await page.getByLabel('English').isChecked()).toBe(true)
    expect(await page.getByLabel('Lappland').isChecked()).toBe(true)
  })

  test('a visitor signs up through the form, confirms from the e-mail, then has their data sent and deleted', async () => {
    const address = `signup-${Date.now().toString(36)}@example.org`
    const en = resources.en.forms
    expect(await visit('/en/subscribe')).toBe(200)
    await page.getByLabel(`${en.subscribe.email} (${en.required})`).fill(address)
    await page.getByLabel('Uusimaa').check()
    await page.getByLabel(en.subscribe.consent).check()
    await page.getByRole('button', { name: en.subscribe.submit }).click()
    await page.waitForURL(`${base}/en/subscribe?sent=1`)
    expect(await heading()).toBe(en.subscribe.sentTitle)
    expect(await page.getByRole('status').textContent()).toBe(en.subscribe.sent)

    // The link in the confirmation mail opens a page with a button (mail scanners must not confirm on GET).
    const confirm = await linkIn(address, /https?:\/\/\S+?\/en\/confirm\?token=[\w-]+/)
    expect(await visit(confirm)).toBe(200)
    expect(await heading()).toBe(en.confirm.title)
    await expectNoAxeViolations('confirm with a live token')
    await page.getByRole('button', { name: en.confirm.button }).click()
    await page.waitForURL(`${base}/en/confirm?done=1`)
    expect(await heading()).toBe(en.confirm.doneTitle)

    // "My data": the export goes to the address, its delete link deletes.
    expect(await visit('/en/my-data')).toBe(200)
    await page.getByLabel(`${en.myData.email} (${en.required})`).fill(address)
    await page.getByRole('button', { name: en.myData.submit }).click()
    await page.waitForURL(`${base}/en/my-data?sent=1`)
    expect(await heading()).toBe(en.myData.sentTitle)
    const remove = await linkIn(address, /https?:\/\/\S+?\/en\/my-data\?token=[^\s"<]+/)
    expect(await visit(remove)).toBe(200)
    expect(await heading()).toBe(en.myData.deleteTitle)
    await page.getByRole('button', { name: en.myData.deleteButton }).click()
    await page.waitForURL(`${base}/en/my-data?deleted=1`)
    expect(await heading()).toBe(en.myData.deletedTitle)
    // A forged delete link is refused on the page, with a way to start again.
    expect(await visit(`${remove.slice(0, -6)}AAAAAA`)).toBe(200)
    await page.getByRole('button', { name: en.myData.deleteButton }).click()
    await page.waitForURL(`${base}/en/my-data?error=token`)
    expect(await page.getByRole('status').textContent()).toContain(en.errors.tokenInvalid)
    expect(await page.getByRole('main').getByRole('link', { name: en.myData.title }).getAttribute('href')).toBe(
      '/en/my-data',
    )
  })
})

describe('a missing page', () => {
  test.each([
    ['fi', '/fi/ei-tallaista-sivua'],
    ['sv', '/sv/library/ingen-sadan-fil'],
    ['en', '/en/municipalities/atlantis'],
    ['en', '/en/library/a/b/c'],
    ['ar', '/ar/no-such-page'],
    // An address that names no language gets the default language's 404, menu included.
    ['fi', '/library'],
    ['fi', '/xx/some-page'],
  ])('shows the site’s own 404 in %s (%s)', async (lang, path) => {
    const c = resources[lang as 'fi'].common
    expect(await visit(path)).toBe(404)
    // Next.js sends a missing page's first load as a shell the browser fills in (see app/not-found.tsx).
    await page.getByRole('heading', { level: 1, name: c.notFound.title }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.getByRole('navigation', { name: c.nav.label }).count()).toBe(1)
    const back = lang === 'ar' ? c.notFound.residents : (c.notFound as { home: string }).home
    await page.getByRole('main').getByRole('link', { name: back }).click()
    await page.waitForURL(lang === 'ar' ? `${base}/ar/for-residents` : `${base}/${lang}`)
  })

  test('outside every language (a file’s address), a small page of its own leads home', async () => {
    const c = resources.fi.common
    expect(await visit('/wp-login.php')).toBe(404)
    await page.getByRole('heading', { level: 1, name: c.notFound.title }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('fi')
    expect(await page.title()).toBe(`${c.notFound.title} – ${c.siteName}`)
    // No menu here, so no hint to use one.
    expect(await page.getByText(c.notFound.hint).count()).toBe(0)
    await expectNoAxeViolations('the 404 outside every language')
    await page.getByRole('main').getByRole('link', { name: c.notFound.home }).click()
    await page.waitForURL(`${base}/fi`)
  })

  test('has no axe violations', async () => {
    expect(await visit('/fi/ei-tallaista-sivua')).toBe(404)
    await page.getByRole('heading', { level: 1, name: resources.fi.common.notFound.title }).waitFor()
    await expectNoAxeViolations('404')
  })
})

describe('the landing page follows the browser’s language', () => {
  const landings: [string, string][] = [
    ['ar', '/ar/for-residents'],
    ['so', '/so/for-residents'],
    ['uk', '/uk/for-residents'],
    ['ru', '/ru/for-residents'],
    ['vi', '/vi/for-residents'],
    ['et', '/et/for-residents'],
    ['sw', '/sw/for-residents'],
    ['se', '/se/for-residents'],
    ['fi', '/fi'],
    ['sv', '/sv'],
    ['en', '/en'],
  ]

  test('/ sends each language to its page, and the page answers in that language', async () => {
    for (const [language, path] of landings) {
      const res = await fetch(`${base}/`, {
        redirect: 'manual',
        headers: { 'accept-language': `${language};q=0.9,en;q=0.5` },
      })
      expect([language, res.status, new URL(res.headers.get('location') ?? '', base).pathname]).toEqual([
        language,
        307,
        path,
      ])
      expect([language, (await fetch(`${base}${path}`)).status]).toEqual([language, 200])
    }
  })

  test.each(['ar', 'sv'])('a browser set to %s lands on its page', async (locale) => {
    const visitor = await browser.newContext({ locale })
    const tab = await visitor.newPage()
    expect(await visit('/', tab)).toBe(200)
    expect(new URL(tab.url()).pathname).toBe(landings.find(([l]) => l === locale)?.[1])
    expect(await tab.getAttribute('html', 'lang')).toBe(locale)
    await visitor.close()
  })

  test('residents’ pages mark a draft translation in their own language', async () => {
    for (const lang of ['ar', 'so', 'uk'] as const) {
      expect(await visit(`/${lang}/for-residents`)).toBe(200)
      const mark = page.locator('main .status--draft')
      expect(await mark.textContent()).toBe(resources[lang].common.status.draft)
      // Written in the page's language, so no lang of its own that would say otherwise.
      expect(await mark.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(lang)
    }
  })
})

describe('on a 375 px phone', () => {
  let phone: BrowserContext
  let tab: Page
  beforeAll(async () => {
    phone = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true })
    tab = await phone.newPage()
  })
  afterAll(async () => {
    await phone?.close()
  })

  test('the navigation folds behind a menu button that works by keyboard and screen reader', async () => {
    const c = resources.fi.common
    expect(await visit('/fi/library', tab)).toBe(200)
    const button = tab.getByRole('button', { name: c.menu })
    const nav = tab.getByRole('navigation', { name: c.nav.label })
    const library = nav.getByRole('link', { name: c.nav.library })
    // Hydrated: the button controls the menu it names.
    await tab.waitForFunction(() => document.querySelector('.menu-button')?.getAttribute('aria-expanded') === 'false')
    expect(await button.getAttribute('aria-controls')).toBe(await tab.locator('.site-menu').getAttribute('id'))
    expect(await library.isVisible()).toBe(false)
    // The first screen shows the page's heading.
    const box = await tab.locator('h1').boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(667)
    await expectNoAxeViolations('phone, menu closed', tab)

    // By keyboard: the button is reached with Tab and opened with Enter; the links follow it in the tab order.
    await tab.locator('.site-name').focus()
    let guard = 0
    while (!(await button.evaluate((el) => el === document.activeElement)) && guard++ < 30)
      await tab.keyboard.press('Tab')
    await tab.keyboard.press('Enter')
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    expect(await library.isVisible()).toBe(true)
    await tab.keyboard.press('Tab')
    await expect(tab.evaluate(() => document.activeElement?.textContent)).resolves.toBe(c.nav.home)
    await expectNoAxeViolations('phone, menu open', tab)
    // Escape closes it and gives focus back to the button; Space opens it again.
    await tab.keyboard.press('Escape')
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
    await tab.keyboard.press(' ')
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    await library.click()
    await tab.waitForURL(`${base}/fi/library`)
    // The residents' page offers eleven languages above the menu; its heading is still on the first screen.
    expect(await visit('/ar/for-residents', tab)).toBe(200)
    const residents = await tab.locator('h1').boundingBox()
    expect(residents && residents.y + residents.height).toBeLessThanOrEqual(667)
    expect(await tab.getByRole('button', { name: resources.ar.common.menu }).getAttribute('aria-expanded')).toBe(
      'false',
    )
  })

  test('on a wide screen there is no menu button and the navigation is shown', async () => {
    expect(await visit('/en')).toBe(200)
    expect(await page.getByRole('button', { name: resources.en.common.menu }).isVisible()).toBe(false)
    expect(
      await page
        .getByRole('navigation', { name: resources.en.common.nav.label })
        .getByRole('link', { name: resources.en.common.nav.library })
        .isVisible(),
    ).toBe(true)
  })
})

describe('municipalities', () => {
  test('search finds a municipality by its Swedish name from the header’s search box', async () => {
    expect(await visit('/fi')).toBe(200)
    await page.getByRole('search').getByLabel(resources.fi.common.search.label).fill('Helsingfors')
    await page.getByRole('search').getByRole('button', { name: resources.fi.common.search.button }).click()
    await page.waitForURL((url) => url.pathname === '/fi/search' && url.searchParams.get('q') === 'Helsingfors')
    const section = page.getByRole('region', { name: resources.fi.portal.search.municipalities })
    await expectNoAxeViolations('search with a municipality')
    await section.getByRole('link', { name: 'Helsinki (Helsingfors)' }).click()
    await page.waitForURL(`${base}/fi/municipalities/helsinki`)
    expect(await heading()).toBe('Helsinki')
    // In Swedish the Swedish name comes first.
    expect(await visit('/sv/search?q=Turku')).toBe(200)
    expect(await page.getByRole('link', { name: 'Åbo (Turku)' }).count()).toBe(1)
  })

  test('a municipality with held sessions and a held event is shown as taking part, on its page and in the list', async () => {
    const p = resources.fi.portal.municipalities
    expect(await visit('/fi/municipalities/esimerkkila-esimerkki')).toBe(200)
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain(p.eventYes)
    expect(main).toContain(p.phases.active)
    expect(main).not.toContain(p.phases.none)
    expect(await visit('/fi/municipalities?phase=active')).toBe(200)
    expect(await page.locator('.municipality-list a').allTextContents()).toEqual(['Esimerkkilä (esimerkki)'])
    expect(await visit('/fi/municipalities?phase=none')).toBe(200)
    expect(await page.locator('.municipality-list a', { hasText: 'Esimerkkilä' }).count()).toBe(0)
    await expectNoAxeViolations('municipalities filtered by phase')
  })
})

describe('the event’s board, tally and survey in the event’s languages', () => {
  let tokens: { board: string; survey: string; id: string }
  let coordinator: Record<string, string>

  beforeAll(async () => {
    coordinator = await login('coordinator@example.org')
    const projects = (await (
      await fetch(`${base}/api/projects?where[title][like]=Esimerkkil&depth=0&limit=1`, { headers: coordinator })
    ).json()) as { docs: { id: string }[] }
    const res = await fetch(`${base}/api/decision-events`, {
      method: 'POST',
      headers: { ...coordinator, 'content-type': 'application/json' },
      body: JSON.stringify({
        project: projects.docs[0].id,
        title: 'Kielitestin tilaisuus',
        status: 'open',
        smallGroups: [{ name: 'Ryhmä X' }],
      }),
    })
    if (res.status !== 201)
      throw new Error(`The coordinator could not open an event: ${res.status} ${await res.text()}`)
    const doc = ((await res.json()) as { doc: { id: string; boardToken: string; surveyToken: string } }).doc
    tokens = { board: doc.boardToken, survey: doc.surveyToken, id: doc.id }
  })
  afterAll(async () => {
    // Leave the demo as it was: the extra event is closed, so its links stop working.
    await fetch(`${base}/api/decision-events/${tokens?.id}`, {
      method: 'PATCH',
      headers: { ...coordinator, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'closed' }),
    })
  })

  test.each(['sv', 'en'] as const)('every board string, the grid’s axes included, is in %s', async (lang) => {
    const e = resources[lang].event.board
    expect(await visit(`/${lang}/board/${tokens.board}`)).toBe(200)
    expect(await heading()).toBe(`${e.title}: Kielitestin tilaisuus`)
    await page.getByLabel(e.groupLabel).selectOption('Ryhmä X')
    await page.getByRole('button', { name: e.start }).click()
    await page.getByRole('heading', { name: e.cardOf.replace('{{n}}', '1').replace(/\{\{total\}\}/, '') }).waitFor()
    expect(await page.getByRole('button', { name: e.more }).count()).toBe(1)
    expect(await page.getByRole('button', { name: e.less }).count()).toBe(1)
    await page.getByRole('button', { name: e.toGrid }).click()
    const xAxis = e.xAxis.replace('{{low}}', e.axes.xLow).replace('{{high}}', e.axes.xHigh)
    const yAxis = e.yAxis.replace('{{low}}', e.axes.yLow).replace('{{high}}', e.axes.yHigh)
    // Each axis is named once above the grid and labels its select on every card.
    const cards = await page.locator('select[id^="place-x-"]').count()
    expect(cards).toBeGreaterThan(0)
    expect(await page.getByText(xAxis, { exact: true }).count()).toBe(cards + 1)
    expect(await page.getByText(yAxis, { exact: true }).count()).toBe(cards + 1)
    const firstX = page.getByLabel(xAxis).first()
    expect(await firstX.locator('option').allTextContents()).toEqual([
      e.scale['-1'].replace('{{label}}', e.axes.xLow),
      e.scale['-0.5'].replace('{{label}}', e.axes.xLow),
      e.scale['0'],
      e.scale['0.5'].replace('{{label}}', e.axes.xHigh),
      e.scale['1'].replace('{{label}}', e.axes.xHigh),
    ])
    // No other language's axes leak in (the event's labels were left as the admin pre-filled them, in English).
    const others = interfaceLanguages.filter((l) => l !== lang).map((l) => resources[l].event.board.axes.xLow)
    for (const other of others) expect(await page.locator('main').textContent()).not.toContain(other)
    await expectNoAxeViolations(`${lang} board grid`)

    const t = resources[lang].event.tally
    expect(await visit(`/${lang}/board/${tokens.board}/tally`)).toBe(200)
    expect(await heading()).toBe(`${t.title}: Kielitestin tilaisuus`)
    expect(await page.getByRole('columnheader', { name: t.more }).count()).toBe(1)

    const s = resources[lang].event.survey
    expect(await visit(`/${lang}/survey/${tokens.survey}`)).toBe(200)
    expect(await heading()).toBe(`${s.title}: Kielitestin tilaisuus`)
    expect(await page.getByLabel(s.respondentGroup).locator('option').allTextContents()).toEqual([
      s.chooseOne,
      ...Object.values(s.groups),
    ])
    // Both questions about effects offer the four answers in the survey's language.
    expect(await page.getByRole('radio', { name: s.effects.much, exact: true }).count()).toBe(2)
    expect(await page.getByRole('group', { name: s.eventEffect }).getByRole('radio').count()).toBe(4)
    expect(await page.getByRole('button', { name: s.submit }).count()).toBe(1)
    await expectNoAxeViolations(`${lang} survey`)
  })

  test('the coordinator’s own axis labels in the board’s language win over the standard ones', async () => {
    const res = await fetch(`${base}/api/decision-events/${tokens.id}?locale=en`, {
      method: 'PATCH',
      headers: { ...coordinator, 'content-type': 'application/json' },
      body: JSON.stringify({ grid: { xAxisLow: 'Cheap', xAxisHigh: 'Costly' } }),
    })
    expect(res.status).toBe(200)
    const e = resources.en.event.board
    expect(await visit(`/en/board/${tokens.board}`)).toBe(200)
    await page.getByLabel(e.groupLabel).selectOption('Ryhmä X')
    await page.getByRole('button', { name: e.start }).click()
    await page.getByRole('button', { name: e.toGrid }).click()
    const xAxis = e.xAxis.replace('{{low}}', 'Cheap').replace('{{high}}', 'Costly')
    expect(await page.getByLabel(xAxis).first().locator('option').first().textContent()).toBe(
      e.scale['-1'].replace('{{label}}', 'Cheap'),
    )
    // The Swedish board keeps the Swedish standard labels: English words are not Swedish ones.
    const sv = resources.sv.event.board
    expect(await visit(`/sv/board/${tokens.board}`)).toBe(200)
    await page.getByLabel(sv.groupLabel).selectOption('Ryhmä X')
    await page.getByRole('button', { name: sv.start }).click()
    await page.getByRole('button', { name: sv.toGrid }).click()
    expect(
      await page
        .getByLabel(sv.xAxis.replace('{{low}}', sv.axes.xLow).replace('{{high}}', sv.axes.xHigh))
        .first()
        .isVisible(),
    ).toBe(true)
  })

  test('a crawl of every page in the sitemap and every form and token page answers without a 5xx', async () => {
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    expect(pages.length).toBeGreaterThan(100)
    const bogus = 'A'.repeat(43)
    const forms = interfaceLanguages.flatMap((lang) => [
      `/${lang}/subscribe`,
      `/${lang}/subscribe?sent=1`,
      `/${lang}/subscribe?error=email&regions=nowhere&language=xx`,
      `/${lang}/subscribe?error=${'x,'.repeat(200)}`,
      `/${lang}/workspace`,
      `/${lang}/workspace?sent=1`,
      `/${lang}/my-data`,
      `/${lang}/my-data?token=${bogus}`,
      `/${lang}/my-data?token=%E0%A4%A`,
      `/${lang}/confirm?token=${bogus}`,
      `/${lang}/confirm?token=a&token=b`,
      `/${lang}/unsubscribe?token=${bogus}`,
      `/${lang}/unsubscribe`,
      `/${lang}/board/${tokens.board}`,
      `/${lang}/board/${tokens.board}/tally`,
      `/${lang}/survey/${tokens.survey}`,
      `/${lang}/board/${bogus}`,
      `/${lang}/board/${bogus}/tally`,
      `/${lang}/survey/${bogus}`,
      `/${lang}/board/x`,
      `/${lang}/survey/%00`,
      `/${lang}/search?q=${encodeURIComponent('%" OR 1=1 --')}`,
      `/${lang}/library?language=zz&format=exe`,
      `/${lang}/municipalities?region=nowhere&phase=later&q=${'x'.repeat(500)}`,
    ])
    const failures: string[] = []
    const check = async (path: string) => {
      const res = await fetch(`${base}${path}`, { redirect: 'manual' })
      if (res.status >= 500) failures.push(`${path}: ${res.status}`)
      await res.arrayBuffer()
    }
    const all = [...pages, ...forms, '/', '/xx', '/fi/board', '/favicon.ico', '/icon.svg', '/site.webmanifest']
    for (let i = 0; i < all.length; i += 4) await Promise.all(all.slice(i, i + 4).map(check))
    // The forms posted as a browser without JavaScript posts them, empty or with a dead token: a 303 to a page that answers.
    for (const [action, body] of [
      ['/api/email/subscribe', 'lang=sv'],
      ['/api/email/workspace', 'lang=en'],
      ['/api/email/my-data', 'lang=fi'],
      ['/api/email/my-data/delete', `lang=en&token=${bogus}`],
      ['/api/email/confirm', `lang=sv&token=${bogus}`],
      ['/api/email/unsubscribe', `lang=fi&token=${bogus}`],
    ]) {
      const res = await fetch(`${base}${action}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body,
      })
      if (res.status !== 303) failures.push(`POST ${action}: ${res.status}, not a redirect to a result page`)
      const location = res.headers.get('location')
      if (location) await check(new URL(location, base).pathname + new URL(location, base).search)
    }
    expect(failures).toEqual([])
  })
})

test('the site sends a favicon and app icons from public/', async () => {
  expect(await visit('/fi')).toBe(200)
  const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').all()
  const hrefs = await Promise.all(icons.map((l) => l.getAttribute('href')))
  expect(hrefs).toEqual(
    expect.arrayContaining(['/favicon.ico', '/icon.svg', '/apple-touch-icon.png', '/site.webmanifest']),
  )
  for (const href of hrefs) {
    const res = await fetch(`${base}${href}`)
    expect(res.status).toBe(200)
  }
  const manifest = (await (await fetch(`${base}/site.webmanifest`)).json()) as { icons: { src: string }[] }
  for (const icon of manifest.icons)
    expect((await fetch(`${base}${icon.src}`)).headers.get('content-type')).toMatch(/^image\//)
  // The home page repeats none of its headings (nor the footer's).
  const headings = (await page.locator('h1, h2, h3').allTextContents()).map((h) => h.trim().toLocaleLowerCase('fi'))
  expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([])
})
