/**
 * The project overview and the national view as their readers use them, in
 * Chromium on the production build: inside the admin's layout (navigation,
 * breadcrumb, back link, the admin's theme light and dark), the round's steps as
 * a checklist, the charts, the board, tally and survey links, and QR codes that a
 * phone reads (decoded here and followed) printed on one A4 for the event room.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import jsQR from 'jsqr'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'

import { finnishAdminContext, settle, signInToAdmin } from '../helpers/adminBrowser'
import { axeViolations, e2eBaseUrl, launchBrowser } from '../helpers/browser'

let browser: Browser
let base: string
const contexts: BrowserContext[] = []
const s = {} as { project: string; projectTitle: string; event: string; boardToken: string; surveyToken: string }

beforeAll(async () => {
  base = e2eBaseUrl()
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined)
  await browser?.close()
})

async function signedIn(email: string, theme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await finnishAdminContext(browser, theme)
  contexts.push(context)
  const page = await context.newPage()
  await signInToAdmin(page, email)
  return page
}

/** REST as the person signed in on this page, to prepare a record the screen then shows. */
async function call(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) {
  return page.evaluate(
    async ({ method, path, data }) => {
      const res = await fetch(path, {
        method,
        credentials: 'include',
        headers: data === undefined ? {} : { 'Content-Type': 'application/json' },
        body: data === undefined ? undefined : JSON.stringify(data),
      })
      return { status: res.status, body: await res.json().catch(() => null) }
    },
    { method, path, data },
  )
}

/** Setting up a record the screens then show; a refusal here stops the file with the server's answer. */
function created(reply: { status: number; body: { doc?: Record<string, string> } | null }) {
  if (reply.status !== 201 || !reply.body?.doc) throw new Error(`Not created: ${JSON.stringify(reply)}`)
  return reply.body.doc
}

/** Reads the QR code a person sees: a screenshot of the element, decoded as a phone camera would. */
async function readQr(page: Page, selector: string): Promise<string | null> {
  const png = PNG.sync.read(await page.locator(selector).screenshot())
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}

describe('the project overview', () => {
  let coordinator: Page

  beforeAll(async () => {
    coordinator = await signedIn('coordinator@example.org')
    const me = (await call(coordinator, 'GET', '/api/users/me?depth=0')).body.user
    s.projectTitle = 'Yleiskuvakokeen kierros'
    const project = created(
      await call(coordinator, 'POST', '/api/projects', {
        title: s.projectTitle,
        municipality: me.municipalities[0],
        populationGroups: [{ name: 'Somalinkieliset perheet' }],
      }),
    )
    s.project = project.id
    const somali = (await call(coordinator, 'GET', '/api/languages?where[code][equals]=so&depth=0')).body.docs[0]
    created(
      await call(coordinator, 'POST', '/api/sessions', {
        project: s.project,
        populationGroup: 'Somalinkieliset perheet',
        language: somali.id,
        participantCount: 11,
        status: 'held',
      }),
    )
    const event = created(
      await call(coordinator, 'POST', '/api/decision-events', {
        project: s.project,
        title: 'Yleiskuvakokeen päättäjätilaisuus',
        status: 'open',
        smallGroups: [{ name: 'Ryhmä A' }],
      }),
    )
    s.event = event.id
    s.boardToken = event.boardToken
    s.surveyToken = event.surveyToken
  })

  test('opens from the project inside the admin’s layout, with the way back', async () => {
    await coordinator.goto(`${base}/admin/collections/projects/${s.project}`)
    await coordinator.getByRole('link', { name: 'Avaa hankkeen yleiskuva' }).click()
    await coordinator.waitForURL(`**/admin/project-overview/${s.project}`)
    await settle(coordinator)
    // The admin's navigation and header are there, with our view as the main region.
    await expect(coordinator.locator('nav.nav, .nav').first().isVisible()).resolves.toBe(true)
    await expect(coordinator.locator('.app-header').isVisible()).resolves.toBe(true)
    await expect(coordinator.getByRole('main').getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      `Hankkeen yleiskuva: ${s.projectTitle}`,
    )
    // The breadcrumb and the back link both lead to the project.
    const crumb = coordinator.locator('.step-nav a', { hasText: s.projectTitle })
    await expect(crumb.getAttribute('href')).resolves.toBe(`/admin/collections/projects/${s.project}`)
    await coordinator.getByRole('link', { name: 'Takaisin hankkeeseen' }).click()
    await coordinator.waitForURL(`**/admin/collections/projects/${s.project}`)
  })

  test('reads at a glance: the steps as a checklist, the numbers, the charts and the event’s links', async () => {
    await coordinator.goto(`${base}/admin/project-overview/${s.project}`)
    await settle(coordinator)
    const steps = coordinator.locator('[data-testid=checklist] li')
    await expect(steps.count()).resolves.toBe(8)
    // Each step says in words whether it is done; the first open one is marked as the next step.
    const texts = await steps.allInnerTexts()
    for (const text of texts) expect(text).toMatch(/\((valmis|kesken|seuraavaksi)\)$/)
    await expect(coordinator.locator('[data-testid=checklist] li[aria-current=step]').count()).resolves.toBe(1)
    await expect(coordinator.getByText(/^\d+\/8 vaihetta tehty$/).count()).resolves.toBe(1)
    // The charts carry their numbers as text.
    const byLanguage = coordinator.locator('figure[data-chart=participantsByLanguage] svg[role=img] desc')
    await expect(byLanguage.textContent()).resolves.toMatch(/11/)
    // The board, tally and survey links point at this event's tokens.
    const hrefs = await coordinator.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `/fi/board/${s.boardToken}`,
        `/fi/board/${s.boardToken}/tally`,
        `/fi/survey/${s.surveyToken}`,
      ]),
    )
    expect(await axeViolations(coordinator)).toEqual([])
  })

  test('the QR codes read as the board’s and the survey’s addresses, and a phone that follows them gets there', async () => {
    await coordinator.goto(`${base}/admin/project-overview/${s.project}`)
    await settle(coordinator)
    const board = await readQr(coordinator, '[data-qr=board] [role=img]')
    const survey = await readQr(coordinator, '[data-qr=survey] [role=img]')
    expect(board).toBe(`${base}/fi/board/${s.boardToken}`)
    expect(survey).toBe(`${base}/fi/survey/${s.surveyToken}`)
    // Each code's text alternative names its address, for those who cannot scan.
    await expect(coordinator.locator('[data-qr=board] [role=img]').getAttribute('aria-label')).resolves.toContain(
      board!,
    )

    const phoneContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'fi-FI',
    })
    contexts.push(phoneContext)
    const phone = await phoneContext.newPage()
    for (const url of [board!, survey!]) {
      expect((await phone.goto(url))?.status()).toBe(200)
      await expect(phone.getByRole('heading', { level: 1 }).innerText()).resolves.toContain(
        'Yleiskuvakokeen päättäjätilaisuus',
      )
    }
    await phone.getByRole('button', { name: 'Lähetä vastaus' }).waitFor()
  })

  test('prints the event room’s QR codes on one A4 and the overview without the admin’s chrome', async () => {
    await coordinator.goto(`${base}/admin/project-overview/${s.project}`)
    await settle(coordinator)
    // The print dialog itself is the browser's; what the button prepares is ours.
    await coordinator.evaluate(() => {
      window.print = () => undefined
    })
    await coordinator.getByRole('button', { name: 'Tulosta QR-koodit (A4)' }).click()
    await expect(coordinator.evaluate(() => document.body.dataset.print)).resolves.toBe('event-room')
    const sheet = await coordinator.pdf({ format: 'A4', printBackground: true })
    const pages = sheet.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBe(1)
    // Printing over, the page is the whole overview again.
    await expect(coordinator.evaluate(() => document.body.dataset.print ?? null)).resolves.toBeNull()

    const visible = () =>
      coordinator.evaluate(() =>
        Object.fromEntries(
          Object.entries({
            nav: '.nav',
            header: '.app-header',
            qr: '[data-qr=board] [role=img]',
            checklist: '[data-testid=checklist]',
          }).map(([name, selector]) => [name, document.querySelector(selector)?.checkVisibility() ?? false]),
        ),
      )
    // Printed as it is, the overview loses the admin's chrome and keeps its content.
    await coordinator.emulateMedia({ media: 'print' })
    await expect(visible()).resolves.toEqual({ nav: false, header: false, qr: true, checklist: true })
    // Printed from the button, only the event room's sheet remains.
    await coordinator.emulateMedia({ media: 'screen' })
    await coordinator.getByRole('button', { name: 'Tulosta QR-koodit (A4)' }).click()
    await coordinator.emulateMedia({ media: 'print' })
    await expect(visible()).resolves.toEqual({ nav: false, header: false, qr: true, checklist: false })
    await coordinator.emulateMedia({ media: 'screen' })
  })

  test('follows the admin’s dark theme; the QR codes stay black on white', async () => {
    const dark = await signedIn('coordinator@example.org', 'dark')
    await dark.goto(`${base}/admin/project-overview/${s.project}`)
    await settle(dark)
    await expect(dark.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    const colours = await dark.evaluate(() => {
      const luminance = (css: string) => {
        const [r, g, b] = (css.match(/\d+/g) ?? []).map(Number)
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
      }
      const main = document.querySelector('#project-overview')!
      return {
        text: luminance(getComputedStyle(main).color),
        background: luminance(getComputedStyle(document.body).backgroundColor),
        qr: getComputedStyle(document.querySelector('[data-qr=board] [role=img]')!).backgroundColor,
      }
    })
    expect(colours.background).toBeLessThan(0.2)
    expect(colours.text).toBeGreaterThan(0.8)
    expect(colours.qr).toBe('rgb(255, 255, 255)')
    expect(await readQr(dark, '[data-qr=board] [role=img]')).toBe(`${base}/fi/board/${s.boardToken}`)
    expect(await axeViolations(dark)).toEqual([])
  })

  test('an organiser of a partner project sees the overview without the event’s links', async () => {
    const organizer = await signedIn('organizer@example.org')
    await organizer.goto(`${base}/admin/collections/projects`)
    const href = await organizer
      .locator('table tbody tr a[href*="/admin/collections/projects/"]')
      .first()
      .getAttribute('href')
    await organizer.goto(`${base}/admin/project-overview/${href!.split('/').pop()}`)
    await settle(organizer)
    await expect(organizer.locator('[data-testid=checklist] li').count()).resolves.toBe(8)
    await expect(organizer.locator('[data-qr]').count()).resolves.toBe(0)
    expect(await axeViolations(organizer)).toEqual([])
  })
})

describe('the national view', () => {
  test('an admin reads it inside the admin’s layout, from a link in the navigation', async () => {
    const admin = await signedIn('admin@example.org')
    const link = admin.locator('nav a[href="/admin/national-overview"]')
    // On a laptop-sized screen the navigation starts closed (inert) behind its menu button.
    if (await link.evaluate((a) => Boolean(a.closest('[inert]')))) await admin.locator('.nav-toggler').first().click()
    await link.click()
    await admin.waitForURL('**/admin/national-overview')
    await settle(admin)
    await expect(admin.locator('.app-header').isVisible()).resolves.toBe(true)
    await expect(admin.getByRole('main').getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true)
    await expect(admin.locator('#national-overview table tbody tr').count()).resolves.toBeGreaterThan(0)
    expect(await axeViolations(admin)).toEqual([])
  })

  test('a coordinator finds no link to it and is told it is for admins only', async () => {
    const coordinator = await signedIn('coordinator@example.org')
    await expect(coordinator.locator('a[href="/admin/national-overview"]').count()).resolves.toBe(0)
    await coordinator.goto(`${base}/admin/national-overview`)
    await settle(coordinator)
    await expect(coordinator.locator('.app-header').isVisible()).resolves.toBe(true)
    await expect(coordinator.getByRole('main').getByRole('alert').isVisible()).resolves.toBe(true)
    await expect(coordinator.locator('#national-overview table').count()).resolves.toBe(0)
  })
})
