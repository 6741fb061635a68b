/**
 * The generated documents as the project team meets them in the admin, in
 * Chromium on the production build: the coordinator downloads a session's
 * scribe form through the link on the session (in the session's language and
 * in Finnish), fills it in as a scribe would in Word, and reads it back
 * through the upload box, which shows the draft report in place; a wrong file
 * gets its refusal in Finnish. The project and the event offer their decks,
 * presentations, invitations and grids without typing an address. The boxes
 * pass axe in light and dark mode, and the material library has its files
 * from the first start.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, e2eBaseUrl, launchBrowser } from '../helpers/browser'
import { fillWordTables, openZip, part, slideTexts, wordParagraphs } from '../helpers/ooxml'

const password = 'hyvat-suhteet-demo'
const box = 'section[aria-labelledby="generated-documents-heading"]'
let browser: Browser
let base: string
const contexts: BrowserContext[] = []

beforeAll(async () => {
  base = e2eBaseUrl()
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined)
  await browser?.close()
})

/** A coordinator's browser in Finnish; `errors` collects what the page's console and scripts report. */
async function signIn(email: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({
    locale: 'fi-FI',
    colorScheme,
    acceptDownloads: true,
    extraHTTPHeaders: { 'Accept-Language': 'fi-FI,fi;q=0.9' },
  })
  contexts.push(context)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  return { page, errors }
}

async function api(page: Page, path: string) {
  return page.evaluate(async (p) => (await fetch(p, { credentials: 'include' })).json(), path)
}

/** Clicks a link by its name and returns the file the browser saves, with the name it suggests. */
async function download(page: Page, name: string | RegExp): Promise<{ filename: string; data: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.locator(box).getByRole('link', { name }).click(),
  ])
  return { filename: file.suggestedFilename(), data: fs.readFileSync((await file.path())!) }
}

/** axe findings inside the documents box (the rest of the edit view is Payload's and adminui's). */
async function boxViolations(page: Page) {
  const violations = await axeViolations(page)
  const inside = await page.evaluate(
    ({ targets, selector }) => targets.map((t) => Boolean(document.querySelector(t)?.closest(selector))),
    { targets: violations.flatMap((v) => v.nodes.map((n) => n.target[0])), selector: box },
  )
  let i = 0
  return violations.map((v) => ({ ...v, nodes: v.nodes.filter(() => inside[i++]) })).filter((v) => v.nodes.length)
}

async function openEdit(page: Page, collection: string, id: string) {
  await page.goto(`${base}/admin/collections/${collection}/${id}`)
  await page.locator(box).getByRole('heading', { name: 'Asiakirjat' }).waitFor({ timeout: 60_000 })
}

type Ids = { project: string; event: string; arabicSession: string }
const ids = {} as Ids

describe('documents in the admin', () => {
  let coordinator: { page: Page; errors: string[] }
  let formData: Buffer

  test('a session offers its scribe form and invitation in its own language and in Finnish', async () => {
    coordinator = await signIn('coordinator@example.org')
    const { page } = coordinator
    const project = (await api(page, '/api/projects?where[isExample][equals]=true&depth=0')).docs[0]
    ids.project = String(project.id)
    ids.event = String(
      (await api(page, `/api/decision-events?where[project][equals]=${ids.project}&depth=0`)).docs[0].id,
    )
    const sessions = (await api(page, `/api/sessions?where[project][equals]=${ids.project}&depth=1&limit=50`)).docs
    ids.arabicSession = String(sessions.find((s: { language: { code: string } }) => s.language.code === 'ar').id)

    await openEdit(page, 'sessions', ids.arabicSession)
    const links = await page.locator(`${box} a[download]`).allInnerTexts()
    expect(links).toEqual([
      'Lataa kirjurilomake – arabia (Word)',
      'Lataa kirjurilomake – suomi (Word)',
      'Lataa kutsu, kysymykset ja ohjeet – arabia (Word)',
      'Lataa kutsu, kysymykset ja ohjeet – suomi (Word)',
    ])
    const finnish = await download(page, 'Lataa kirjurilomake – suomi (Word)')
    expect(finnish.filename).toMatch(/-fi\.docx$/)
    const arabic = await download(page, 'Lataa kirjurilomake – arabia (Word)')
    expect(arabic.filename).toMatch(/-ar\.docx$/)
    expect(await part(await openZip(arabic.data), 'docProps/core.xml')).toContain('<dc:language>ar-SA</dc:language>')
    formData = arabic.data
  })

  test('the filled form read through the upload box becomes a draft report, shown in place with a link', async () => {
    const { page, errors } = coordinator
    const paragraphs = wordParagraphs(await part(await openZip(formData), 'word/document.xml'))
    const questionMarkers = paragraphs.flatMap((p) => p.hidden.match(/\[\[q:[^\]]+\]\]/g) ?? [])
    expect(questionMarkers.length).toBeGreaterThan(3)
    const filled = await fillWordTables(formData, {
      [questionMarkers[0]]: ['نلتقي في المكتبة كل أسبوع', 'Tapaamme kirjastossa joka viikko.'],
      [questionMarkers[1]]: ['الحافلة المسائية قليلة', 'Iltabusseja on vähän.\nKotimatka on pitkä.'],
      '[[s:proposals]]': ['Kerho nuorille lauantaisin.'],
    })

    const before = page.url()
    const input = page.getByLabel('Täytetty kirjurilomake (.docx)')
    await input.setInputFiles({
      name: 'kirjurilomake-täytetty.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: filled,
    })
    // By keyboard: from the file input to the button, and Enter.
    await input.focus()
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Lue lomake')
    await page.keyboard.press('Enter')
    const status = page.locator(box).getByRole('status')
    await status.getByText(/Luonnosraportti tehty: 2 vastausta/).waitFor({ timeout: 60_000 })
    expect(page.url()).toBe(before)
    expect(page.url()).not.toContain('file=')

    await status.getByRole('link', { name: 'Avaa raporttiluonnos' }).click()
    await page.waitForURL(/\/admin\/collections\/reports\/[^/]+$/, { timeout: 60_000 })
    const reportId = page.url().split('/').pop()!
    const report = await api(page, `/api/reports/${reportId}?depth=0`)
    expect(report).toMatchObject({
      status: 'draft',
      session: expect.anything(),
      proposals: 'Kerho nuorille lauantaisin.',
      answers: [
        expect.objectContaining({
          original: 'نلتقي في المكتبة كل أسبوع',
          finnish: 'Tapaamme kirjastossa joka viikko.',
        }),
        expect.objectContaining({ finnish: 'Iltabusseja on vähän.\nKotimatka on pitkä.' }),
      ],
    })
    expect(String(report.session)).toBe(ids.arabicSession)
    // No hydration error (#418) nor any other script error on the way.
    expect(errors.filter((e) => /418|hydrat|Minified React error/i.test(e))).toEqual([])
  })

  test('a wrong file is refused in place, in Finnish, and makes no report', async () => {
    const { page } = coordinator
    await openEdit(page, 'sessions', ids.arabicSession)
    const reports = async () =>
      (await api(page, `/api/reports?where[session][equals]=${ids.arabicSession}&limit=0&depth=0`)).totalDocs
    const count = await reports()
    const status = page.locator(box).getByRole('status')
    const input = page.getByLabel('Täytetty kirjurilomake (.docx)')
    const button = page.locator(box).getByRole('button', { name: 'Lue lomake' })

    await input.setInputFiles({ name: 'muistiinpanot.docx', mimeType: 'text/plain', buffer: Buffer.from('ei lomake') })
    await button.click()
    await status
      .getByText('Tiedosto ei ole Word-asiakirja (.docx). Tallenna lomake Wordissa muodossa .docx ja yritä uudelleen.')
      .waitFor({ timeout: 60_000 })

    // A real Word document, but not a scribe form: the session's invitation.
    const invitation = await download(page, 'Lataa kutsu, kysymykset ja ohjeet – suomi (Word)')
    await input.setInputFiles({
      name: invitation.filename,
      mimeType: 'application/octet-stream',
      buffer: invitation.data,
    })
    await button.click()
    await status.getByText(/Tiedosto ei ole portaalista ladattu kirjurilomake/).waitFor({ timeout: 60_000 })

    expect(await reports()).toBe(count)
  })

  test('the project offers the card deck with the event’s votes and the results, the event its documents', async () => {
    const { page } = coordinator
    await openEdit(page, 'projects', ids.project)
    expect(await page.locator(`${box} a[download]`).allInnerTexts()).toEqual([
      'Lataa kokemuskortit – suomi (PowerPoint)',
      'Lataa kokemuskortit – ruotsi (PowerPoint)',
      'Lataa kokemuskortit ja päättäjätilaisuuden äänet – suomi (PowerPoint)',
      'Lataa kokemuskortit ja päättäjätilaisuuden äänet – ruotsi (PowerPoint)',
      'Lataa tulosesitys – suomi (PowerPoint)',
      'Lataa tulosesitys – ruotsi (PowerPoint)',
    ])
    const deck = await download(page, 'Lataa kokemuskortit ja päättäjätilaisuuden äänet – suomi (PowerPoint)')
    expect(deck.filename).toMatch(/-fi\.pptx$/)
    expect((await slideTexts(await openZip(deck.data))).flat().join(' ')).toMatch(/Enemmän tätä: \d+/)
    const results = await download(page, 'Lataa tulosesitys – ruotsi (PowerPoint)')
    expect(results.filename).toMatch(/-sv\.pptx$/)

    await openEdit(page, 'decision-events', ids.event)
    expect(await page.locator(`${box} a[download]`).allInnerTexts()).toEqual([
      'Lataa kutsu – suomi (Word)',
      'Lataa kutsu – ruotsi (Word)',
      'Lataa valitut kortit ja äänet – suomi (PowerPoint)',
      'Lataa valitut kortit ja äänet – ruotsi (PowerPoint)',
      'Lataa koordinaatisto – suomi (PowerPoint)',
      'Lataa koordinaatisto – ruotsi (PowerPoint)',
    ])
    const grid = await download(page, 'Lataa koordinaatisto – ruotsi (PowerPoint)')
    expect(grid.filename).toMatch(/-sv\.pptx$/)
    expect((await slideTexts(await openZip(grid.data))).flat()).toContain('Lätt att ändra')
  })

  test.each(['light', 'dark'] as const)(
    'the documents box passes axe on sessions, projects and events (%s)',
    async (scheme) => {
      const { page } = await signIn('coordinator@example.org', scheme)
      for (const [collection, id] of [
        ['sessions', ids.arabicSession],
        ['projects', ids.project],
        ['decision-events', ids.event],
      ] as const) {
        await openEdit(page, collection, id)
        expect({ collection, violations: await boxViolations(page) }).toEqual({ collection, violations: [] })
      }
      // With a refusal on screen too.
      await openEdit(page, 'sessions', ids.arabicSession)
      await page.locator(box).getByRole('button', { name: 'Lue lomake' }).click()
      await page.locator(box).getByRole('status').getByText('Valitse ensin täytetty lomake.').waitFor()
      expect(await boxViolations(page)).toEqual([])
    },
  )
})

describe('the material library', () => {
  test('offers the generated forms in every material language from the first start', async () => {
    const context = await browser.newContext({ locale: 'fi-FI' })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${base}/fi/library`)
    const hrefs = await page.locator('a[download][hreflang]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    for (const lang of ['fi', 'ar', 'en', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et'])
      expect(hrefs.some((h) => h?.includes(`scribe-form-${lang}`))).toBe(true)
    // The link's path on this server (the link itself may name the configured SERVER_URL).
    const href = new URL(
      hrefs.find((h) => h?.includes('scribe-form-ar'))!,
      base,
    )
    const res = await page.request.get(`${base}${href.pathname}`)
    expect(res.status()).toBe(200)
    expect(await part(await openZip(await res.body()), 'docProps/core.xml')).toContain(
      '<dc:language>ar-SA</dc:language>',
    )
  })
})
