/**
 * The refusals a project team meets, on the production build (minified class names), through the
 * admin's own forms and buttons, with the admin in Finnish: each shows its own Finnish sentence on
 * screen, never "Seuraava kenttä on virheellinen: event" or "Tapahtui tuntematon virhe.".
 * The coordinator: a fifth action for an event, a session deleted while its reports use it, an
 * experience card moved to another project than its source session. The organizer: an approved
 * report they try to change.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { e2eBaseUrl, launchBrowser } from '../helpers/browser'

const password = 'hyvat-suhteet-demo'
const unknownError = /tuntematon virhe|unknown error|Something went wrong|virheellinen:/i
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

/** A person signed in to the admin from a Finnish browser: the admin speaks Finnish to them. */
async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fi-FI', extraHTTPHeaders: { 'Accept-Language': 'fi-FI,fi' } })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  return page
}

/** The ids behind the demo project's records, read as the signed-in person (to know which screen to open). */
async function api(page: Page, path: string): Promise<any> {
  return page.evaluate(async (p) => (await fetch(p, { credentials: 'include' })).json(), path)
}

/** Picks `option` in a relationship or select field of the admin's form, as a person does: open, type, choose. */
async function choose(page: Page, field: string, option: string) {
  const container = page.locator(`#field-${field}`)
  await container.locator('.rs__control').click()
  await page.keyboard.type(option.slice(0, 8))
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** The text of the error toast the admin shows after a refused save or delete. */
async function errorToast(page: Page): Promise<string> {
  const toast = page.locator('[data-sonner-toast][data-type="error"]').last()
  await toast.waitFor({ timeout: 30_000 })
  return (await toast.innerText()).trim()
}

/** Opens one of the admin's edit or create screens and waits until its form can be typed in. */
async function openForm(page: Page, path: string, field: string) {
  await page.goto(`${base}/admin/collections/${path}`)
  await page.locator(`#field-${field}:not([disabled])`).waitFor({ timeout: 60_000 })
}

async function save(page: Page) {
  await page.locator('#action-save').click()
}

describe('the coordinator, in Finnish', () => {
  let page: Page

  beforeAll(async () => {
    page = await signIn('coordinator@example.org')
  })

  test('a fifth action for an event is refused with the limit', async () => {
    const events = await api(page, '/api/decision-events?depth=0&limit=1&sort=createdAt')
    const event = events.docs[0]
    const before = (await api(page, `/api/actions?where[event][equals]=${event.id}&limit=0&depth=0`)).totalDocs
    // Up to four are accepted; whatever the demo (or another test) left, the next after four is refused.
    for (let n = before + 1; n <= 5; n++) {
      await openForm(page, 'actions/create', 'title')
      await page.locator('#field-title').fill(`Selaimen toimenpide ${n}`)
      await choose(page, 'event', event.title)
      await save(page)
      if (n <= 4) {
        await page.waitForURL(/\/admin\/collections\/actions\/[^/]+$/, { timeout: 30_000 })
        continue
      }
      const toast = await errorToast(page)
      expect(toast).toContain('Toimenpideohjelmassa on enintään 4 toimenpidettä, ja tällä tilaisuudella on jo 4.')
      expect(toast).not.toMatch(unknownError)
    }
    expect((await api(page, `/api/actions?where[event][equals]=${event.id}&limit=0&depth=0`)).totalDocs).toBe(4)
  })

  test('a session is not deleted while its reports use it, and the toast says why', async () => {
    const reports = await api(page, '/api/reports?depth=0&limit=1')
    const session = reports.docs[0].session
    await openForm(page, `sessions/${session}`, 'populationGroup')
    await page.locator('.doc-controls__popup .popup-button').click()
    await page.locator('#action-delete').click()
    await page.locator('#confirm-action').click()
    const toast = await errorToast(page)
    expect(toast).toMatch(
      /^Tätä ei voi poistaa, koska siihen liittyy vielä \d+ kirjurin raport(ti|tia)\. Poista tai muuta ne ensin\.$/,
    )
    expect((await api(page, `/api/sessions/${session}?depth=0`)).id).toBe(session)
  })

  test('an experience card moved to another project than its source session is refused', async () => {
    // A second project of the coordinator's municipality, made through the admin's create form.
    const me = (await api(page, '/api/users/me?depth=1')).user
    await openForm(page, 'projects/create', 'title')
    await page.locator('#field-title').fill('Selaimen toinen hanke')
    await choose(page, 'municipality', me.municipalities[0].name)
    await save(page)
    await page.waitForURL(/\/admin\/collections\/projects\/[^/]+$/, { timeout: 30_000 })

    const cards = await api(page, '/api/experience-cards?depth=0&limit=1&where[sourceSession][exists]=true')
    const card = cards.docs[0]
    await openForm(page, `experience-cards/${card.id}`, 'text')
    await choose(page, 'project', 'Selaimen toinen hanke')
    await save(page)
    const toast = await errorToast(page)
    expect(toast).toContain('Lähdetilaisuus kuuluu eri hankkeeseen kuin tämä kortti.')
    expect(toast).not.toMatch(unknownError)
    expect((await api(page, `/api/experience-cards/${card.id}?depth=0`)).project).toBe(card.project)
  })
})

describe('the organizer, in Finnish', () => {
  test('an approved report cannot be changed, and the toast says whom to ask', async () => {
    const page = await signIn('organizer@example.org')
    const reports = await api(page, '/api/reports?depth=0&limit=1&where[status][equals]=approved')
    const report = reports.docs[0]
    await openForm(page, `reports/${report.id}`, 'proposals')
    await page.locator('#field-proposals').fill('Lisäys jälkikäteen')
    await save(page)
    const toast = await errorToast(page)
    expect(toast).toBe(
      'Tämä raportti on hyväksytty, eikä sitä voi enää muuttaa. Pyydä koordinaattoria palauttamaan se, jos jotain pitää korjata.',
    )
    expect((await api(page, `/api/reports/${report.id}?depth=0`)).proposals ?? null).toBe(report.proposals ?? null)
  })
})

describe('the national overview', () => {
  test('speaks Finnish to a Finnish admin', async () => {
    const page = await signIn('admin@example.org')
    await page.goto(`${base}/admin/national-overview`)
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Valtakunnallinen näkymä')
  })
})
