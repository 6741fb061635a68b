/**
 * The dashboard and the navigation show each role what it works in, and
 * nothing it can only look at and not change: no Users, site settings or
 * toolkit content for an organiser or a coordinator (they read those on the
 * public site), our own links (translations, national view) only to those who
 * may open them. A hidden screen is closed by address too. Chromium on the
 * production build, the Finnish admin.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { finnishAdminContext, settle, signInToAdmin } from '../helpers/adminBrowser'
import { e2eBaseUrl, launchBrowser } from '../helpers/browser'

let browser: Browser
const contexts: BrowserContext[] = []
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined)
  await browser?.close()
})

/** The admin addresses (collections, globals, our views) linked from one region of the page. */
async function linkedScreens(page: Page, region: string): Promise<string[]> {
  const hrefs = await page
    .locator(`${region} a[href^="/admin/"]`)
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  const screens = hrefs
    .map(
      (href) =>
        href
          .match(/^\/admin\/(collections|globals)\/([^/]+)/)
          ?.slice(1, 3)
          .join('/') ?? href,
    )
    .filter((s) => !s.endsWith('/create') && s !== '/admin' && s !== '/admin/account' && s !== '/admin/logout')
  return [...new Set(screens)].sort()
}

const toolkitContent = [
  'collections/languages',
  'collections/themes',
  'collections/discussion-questions',
  'collections/materials',
  'collections/files',
  'collections/media',
  'collections/pages',
  'collections/municipalities',
  'globals/document-texts',
  'globals/translation-settings',
]
const projectWork = [
  'collections/projects',
  'collections/sessions',
  'collections/reports',
  'collections/experience-cards',
  'collections/decision-events',
  'collections/actions',
  'collections/feedback-responses',
  'collections/evaluations',
]
const mailingList = ['collections/subscribers', 'collections/newsletters', 'collections/workspace-requests']

const roles = [
  {
    email: 'organizer@example.org',
    sees: ['collections/projects', 'collections/sessions', 'collections/reports', 'collections/experience-cards'],
    hidden: [
      'collections/users',
      'globals/site-settings',
      'collections/organizations',
      '/admin/translations',
      '/admin/national-overview',
      'collections/decision-events',
      ...toolkitContent,
      ...mailingList,
    ],
  },
  {
    email: 'coordinator@example.org',
    // Coordinators add the NGOs they work with, so organisations stay.
    sees: [...projectWork, 'collections/organizations'],
    hidden: [
      'collections/users',
      'globals/site-settings',
      '/admin/translations',
      '/admin/national-overview',
      ...toolkitContent,
      ...mailingList,
    ],
  },
  {
    email: 'editor@example.org',
    sees: [
      ...toolkitContent,
      ...mailingList,
      'globals/site-settings',
      'collections/organizations',
      '/admin/translations',
    ],
    hidden: ['collections/users', '/admin/national-overview', ...projectWork],
  },
  {
    email: 'admin@example.org',
    sees: [
      'collections/users',
      'globals/site-settings',
      '/admin/translations',
      '/admin/national-overview',
      ...projectWork,
      ...toolkitContent,
      ...mailingList,
    ],
    hidden: [],
  },
]

describe.each(roles)('$email', ({ email, sees, hidden }) => {
  let page: Page
  beforeAll(async () => {
    const context = await finnishAdminContext(browser)
    contexts.push(context)
    page = await context.newPage()
    await signInToAdmin(page, email)
    await settle(page)
  })

  test('the navigation lists what the role works in, and nothing else', async () => {
    const nav = await linkedScreens(page, 'nav')
    for (const screen of sees) expect(nav).toContain(screen)
    for (const screen of hidden) expect(nav).not.toContain(screen)
  })

  test('the dashboard offers the same, no more', async () => {
    const nav = await linkedScreens(page, 'nav')
    const dashboard = await linkedScreens(page, '.dashboard')
    expect(dashboard.length).toBeGreaterThan(0)
    for (const screen of hidden) expect(dashboard).not.toContain(screen)
    // Every card leads somewhere the navigation also leads; project teams also get their projects' overviews.
    const overviews = dashboard.filter((screen) => screen.startsWith('/admin/project-overview/'))
    for (const screen of dashboard.filter((s) => !overviews.includes(s))) expect(nav).toContain(screen)
    expect(overviews.length > 0).toBe(email === 'coordinator@example.org' || email === 'organizer@example.org')
  })

  test('a hidden screen is closed by its address too, while the account page stays open', async () => {
    for (const screen of hidden.filter((s) => !s.startsWith('/'))) {
      const res = await page.goto(`${e2eBaseUrl()}/admin/${screen}`)
      expect({ screen, status: res?.status() }).toEqual({ screen, status: 404 })
    }
    await page.goto(`${e2eBaseUrl()}/admin/account`)
    await page.locator('#field-email').waitFor()
    await page.goto(`${e2eBaseUrl()}/admin`)
    await settle(page)
  })
})
