/**
 * A coordinator who works with the keyboard alone, in Chromium on the
 * production build, in the Finnish admin: creates a discussion session and
 * approves a report through the admin's own forms. Every Tab lands on a control
 * that shows it has focus, focus always moves on (no trap), and the order is the
 * page's order.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { finnishAdminContext, settle, signInToAdmin } from '../helpers/adminBrowser'
import { e2eBaseUrl, launchBrowser } from '../helpers/browser'

let browser: Browser
let context: BrowserContext
let page: Page
let base: string

beforeAll(async () => {
  base = e2eBaseUrl()
  browser = await launchBrowser()
  context = await finnishAdminContext(browser)
  page = await context.newPage()
  await signInToAdmin(page, 'coordinator@example.org')
})
afterAll(async () => {
  await context?.close()
  await browser?.close()
})

type Focus = { key: string; matches: boolean; visible: boolean; describe: string }

/** Where focus is, whether it matches `selector`, and whether the person can see it there. */
function focusNow(selector: string): Promise<Focus> {
  return page.evaluate((selector) => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { key: 'body', matches: false, visible: true, describe: 'body' }
    const shows = (node: Element | null) => {
      if (!node) return false
      const style = getComputedStyle(node)
      return (
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) ||
        (style.boxShadow !== 'none' && style.boxShadow !== '')
      )
    }
    // react-select draws the focus on its control box, not on the bare input inside it.
    const visible = shows(el) || shows(el.closest('.rs__control'))
    const path: string[] = []
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
      path.unshift(
        `${n.tagName}${n.id ? '#' + n.id : ''}:${Array.prototype.indexOf.call(n.parentElement?.children ?? [], n)}`,
      )
    }
    return {
      key: path.join('>'),
      matches: el.matches(selector) || Boolean(el.closest(selector)),
      visible,
      describe: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
    }
  }, selector)
}

/**
 * Presses Tab (or Shift+Tab) until focus reaches `selector`, checking on every
 * stop that the focus is visible and that it moved.
 */
async function tabTo(selector: string, { back = false, max = 200 } = {}): Promise<void> {
  let previous = (await focusNow(selector)).key
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const focus = await focusNow(selector)
    seen.push(focus.describe)
    expect({ at: focus.describe, visible: focus.visible }).toEqual({ at: focus.describe, visible: true })
    expect(focus.key).not.toBe(previous)
    previous = focus.key
    if (focus.matches) return
  }
  throw new Error(`Tab never reached ${selector}; focus went through:\n${seen.join('\n')}`)
}

/** Types into a react-select and takes the option it offers, as a keyboard user does. */
async function choose(text: string, option: RegExp): Promise<void> {
  await page.keyboard.type(text)
  await page.locator('.rs__menu .rs__option', { hasText: option }).first().waitFor()
  await page.keyboard.press('Enter')
}

async function api(method: 'GET' | 'POST', path: string, data?: unknown) {
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

const group = 'Näppäimistökokeen ryhmä'
let sessionId = ''

test('a coordinator creates a session with the keyboard alone', async () => {
  await page.goto(`${base}/admin/collections/sessions`)
  await settle(page)
  await tabTo('a[href="/admin/collections/sessions/create"]')
  await page.keyboard.press('Enter')
  await page.waitForURL('**/admin/collections/sessions/create')
  await settle(page)

  await tabTo('#field-populationGroup')
  await page.keyboard.type(group)
  await tabTo('#field-language input')
  await choose('ar', /^ar$/)
  await tabTo('#field-project input')
  await choose('Esimerkkilän', /Esimerkkilän väestösuhdekierros/)
  // The save button sits above the form: back up to it rather than leave the page.
  await tabTo('#action-save', { back: true })
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/admin\/collections\/sessions\/(?!create)[^/]+$/, { timeout: 30_000 })
  sessionId = page.url().split('/').pop()!

  const saved = await api('GET', `/api/sessions/${sessionId}?depth=1`)
  expect(saved.status).toBe(200)
  expect(saved.body).toMatchObject({ populationGroup: group, language: { code: 'ar' } })
})

test('a coordinator approves a submitted report with the keyboard alone', async () => {
  expect(sessionId).not.toBe('')
  const title = 'Näppäimistökokeen raportti'
  const report = await api('POST', '/api/reports', { session: sessionId, title, status: 'submitted' })
  expect(report.status).toBe(201)

  await page.goto(`${base}/admin/collections/reports`)
  await settle(page)
  await tabTo(`a[href="/admin/collections/reports/${report.body.doc.id}"]`)
  await page.keyboard.press('Enter')
  await page.waitForURL(`**/admin/collections/reports/${report.body.doc.id}`)
  await settle(page)

  await tabTo('#field-status input')
  await choose('Hyväks', /^Hyväksytty$/)
  await tabTo('#action-save', { back: true })
  await page.keyboard.press('Enter')
  // Saved: the admin says so, and the report is approved.
  await page.locator('.payload-toast-container').getByText('Päivitetty.').first().waitFor()
  const saved = await api('GET', `/api/reports/${report.body.doc.id}?depth=0`)
  expect(saved.body.status).toBe('approved')
})
