/**
 * WCAG 2.1 AA in the admin, as the staff who work in it use it: axe (wcag2a,
 * wcag2aa, wcag21a, wcag21aa) on every screen each role uses — the dashboard,
 * the account page, every list and edit view of the collections the role works
 * in, the project overview, the national view and the translation views — in
 * Finnish, in the light and the dark theme, on the production build. Nothing is
 * excluded: Payload's own chrome counts as much as our views.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { type AdminTheme, finnishAdminContext, settle, signInToAdmin } from '../helpers/adminBrowser'
import { axeViolations, e2eBaseUrl, launchBrowser } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

type Screen = { name: string; open: (page: Page) => Promise<void> }

const go = (path: string) => async (page: Page) => {
  await page.goto(`${e2eBaseUrl()}${path}`)
}

/** The first record the role may open, or the create form when the list is empty (as a new municipality finds it). */
const firstRecord = (slug: string) => async (page: Page) => {
  await page.goto(`${e2eBaseUrl()}/admin/collections/${slug}`)
  await settle(page)
  const href = await page
    .locator(`table tbody tr a[href*="/admin/collections/${slug}/"]`)
    .first()
    .getAttribute('href', { timeout: 5_000 })
    .catch(() => null)
  await page.goto(`${e2eBaseUrl()}${href ?? `/admin/collections/${slug}/create`}`)
}

const listAndEdit = (slug: string): Screen[] => [
  { name: `${slug} list`, open: go(`/admin/collections/${slug}`) },
  { name: `${slug} edit`, open: firstRecord(slug) },
]

const projectOverview: Screen = {
  name: 'project overview',
  open: async (page) => {
    await page.goto(`${e2eBaseUrl()}/admin/collections/projects`)
    const href = await page
      .locator('table tbody tr a[href*="/admin/collections/projects/"]')
      .first()
      .getAttribute('href')
    await page.goto(`${e2eBaseUrl()}/admin/project-overview/${href!.split('/').pop()}`)
  },
}

const common: Screen[] = [
  { name: 'dashboard', open: go('/admin') },
  { name: 'account', open: go('/admin/account') },
]

const walks: { role: string; email: string; screens: Screen[] }[] = [
  {
    role: 'coordinator',
    email: 'coordinator@example.org',
    screens: [
      ...common,
      ...[
        'projects',
        'sessions',
        'reports',
        'experience-cards',
        'decision-events',
        'actions',
        'evaluations',
        'feedback-responses',
      ].flatMap(listAndEdit),
      projectOverview,
    ],
  },
  {
    role: 'organizer',
    email: 'organizer@example.org',
    screens: [
      ...common,
      ...['projects', 'sessions', 'reports', 'experience-cards'].flatMap(listAndEdit),
      projectOverview,
    ],
  },
  {
    role: 'editor',
    email: 'editor@example.org',
    screens: [
      ...common,
      ...['discussion-questions', 'materials', 'pages', 'newsletters', 'subscribers', 'workspace-requests'].flatMap(
        listAndEdit,
      ),
      { name: 'translation overview', open: go('/admin/translations') },
      {
        name: 'translation compare',
        open: async (page) => {
          await page.goto(`${e2eBaseUrl()}/admin/translations?language=sv`)
          const href = await page.locator('td a[href*="/admin/translations/compare/"]').first().getAttribute('href')
          await page.goto(`${e2eBaseUrl()}${href}`)
        },
      },
    ],
  },
  {
    role: 'admin',
    email: 'admin@example.org',
    screens: [
      { name: 'dashboard', open: go('/admin') },
      { name: 'national overview', open: go('/admin/national-overview') },
    ],
  },
]

type Finding = { rule: string; elements: number; targets: string[] }

async function walk(email: string, screens: Screen[], theme: AdminTheme) {
  const context = await finnishAdminContext(browser, theme)
  const page = await context.newPage()
  await signInToAdmin(page, email)
  const report: Record<string, Finding[]> = {}
  for (const screen of screens) {
    await screen.open(page)
    await settle(page)
    // The screen is what it claims: Finnish, in the theme asked for.
    expect(await page.locator('html').getAttribute('lang')).toBe('fi')
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme)
    const violations = await axeViolations(page)
    if (violations.length) {
      report[screen.name] = violations.map((v) => ({
        rule: v.id,
        elements: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }))
    }
  }
  await context.close()
  return report
}

// Twenty-odd screens per walk, each loaded, hydrated and checked: minutes on a shared machine, hence the timeout.
describe.each(walks)('the admin as $role passes axe on every screen the role uses', ({ email, screens }) => {
  test.each(['light', 'dark'] as const)(
    'in Finnish, %s theme',
    async (theme) => {
      const report = await walk(email, screens, theme)
      if (Object.keys(report).length) console.log(`${email} ${theme}:\n${JSON.stringify(report, null, 1)}`)
      expect(report).toEqual({})
    },
    900_000,
  )
})

test('the accessibility statement names what remains in the admin and by when it will be fixed', async () => {
  const context = await browser.newContext({ locale: 'fi-FI' })
  const page = await context.newPage()
  await page.goto(`${e2eBaseUrl()}/fi/accessibility-statement`)
  const admin = page.getByRole('heading', { name: /Ylläpitonäkymä/ })
  await admin.waitFor()
  // The list after the admin's heading: each shortcoming carries the date it will be fixed by.
  const items = await page
    .locator('h2', { hasText: 'Ylläpitonäkymä' })
    .locator('xpath=following-sibling::ul[1]/li')
    .allInnerTexts()
  expect(items.length).toBeGreaterThan(0)
  for (const item of items) expect(item).toMatch(/\d{1,2}\.\d{1,2}\.20\d\d/)
  expect(await axeViolations(page)).toEqual([])
  await context.close()
})
