/**
 * No page of the portal or the admin makes a request to any host but its own (no Gravatar, no
 * fonts or scripts from elsewhere), and nothing the pages need is blocked by the Content-Security-
 * Policy. Chromium on the production build with the demo data, signed in as the admin.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { finnishAdminContext, settle, signInToAdmin } from '../helpers/adminBrowser'
import { e2eBaseUrl, launchBrowser } from '../helpers/browser'

let browser: Browser
let context: BrowserContext
const foreign: string[] = []
const blocked: string[] = []

function watch(page: Page): void {
  const own = new URL(e2eBaseUrl()).origin
  page.on('request', (request) => {
    const url = request.url()
    if (/^(data|blob|about):/.test(url)) return
    if (new URL(url).origin !== own) foreign.push(url)
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`)
  })
}

beforeAll(async () => {
  browser = await launchBrowser()
  context = await finnishAdminContext(browser)
})
afterAll(async () => {
  await context?.close().catch(() => undefined)
  await browser?.close()
})

test('the public pages ask nothing of other hosts and break no rule of the CSP', async () => {
  const page = await context.newPage()
  watch(page)
  for (const path of ['/fi', '/fi/library', '/fi/municipalities', '/sv', '/ar/for-residents', '/en/subscribe']) {
    await page.goto(e2eBaseUrl() + path)
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined)
  }
  expect(foreign).toEqual([])
  expect(blocked).toEqual([])
  await page.close()
})

test('the admin, signed in, shows the built-in avatar and asks nothing of other hosts', async () => {
  const page = await context.newPage()
  watch(page)
  await signInToAdmin(page, 'admin@example.org')
  await settle(page)
  for (const path of ['/admin/account', '/admin/collections/sessions', '/admin/collections/media']) {
    await page.goto(e2eBaseUrl() + path)
    await settle(page)
  }
  expect(foreign).toEqual([])
  expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
  expect(blocked).toEqual([])
  await page.close()
})

test('a session the coordinator is editing shows as locked to the organiser who may edit it too', async () => {
  const coordinatorContext = await finnishAdminContext(browser)
  const coordinator = await coordinatorContext.newPage()
  await signInToAdmin(coordinator, 'coordinator@example.org')
  const organizerContext = await finnishAdminContext(browser)
  const organizer = await organizerContext.newPage()
  await signInToAdmin(organizer, 'organizer@example.org')
  await coordinator.goto(`${e2eBaseUrl()}/admin/collections/sessions`)
  await settle(coordinator)
  // A session in the coordinator's list that the organiser may edit too, as the admin asks it: other browser
  // tests add sessions of projects the organiser's association is no partner in, and they may come first.
  const hrefs = await coordinator
    .locator('table tbody tr a[href*="/admin/collections/sessions/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  let href = ''
  for (const candidate of hrefs) {
    const access = await organizer.request.post(`${e2eBaseUrl()}/api/sessions/access/${candidate.split('/').pop()}`, {
      // Payload counts a cookie's sign-in only on requests from the site's own origin (its CSRF check).
      headers: { origin: new URL(e2eBaseUrl()).origin },
    })
    if (access.ok() && (await access.json()).update?.permission === true) {
      href = candidate
      break
    }
  }
  expect(href).toBeTruthy()
  await coordinator.goto(e2eBaseUrl() + href)
  await settle(coordinator)
  // Editing takes the lock: the admin's form-state request (a server action posted to the page's own
  // address, as the person) stores it. Wait for its answer; a fixed pause was too short on a loaded machine.
  const formState = coordinator.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith(href),
    { timeout: 30_000 },
  )
  await coordinator.locator('#field-populationGroup').fill('Lukitustesti')
  expect((await formState).ok()).toBe(true)

  await organizer.goto(e2eBaseUrl() + href)
  await organizer.locator('.document-locked').first().waitFor({ state: 'visible', timeout: 30_000 })
  expect(await organizer.locator('.document-locked').first().isVisible()).toBe(true)
  await organizerContext.close()
  await coordinatorContext.close()
})
