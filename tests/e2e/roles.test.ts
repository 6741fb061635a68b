import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { e2eBaseUrl, launchBrowser } from '../helpers/browser'

const password = 'hyvat-suhteet-demo'
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function signIn(email: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(`${e2eBaseUrl()}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  return page
}

async function collectionsInNav(page: Page): Promise<string[]> {
  await page.waitForSelector('a[href^="/admin/collections/"]')
  const hrefs = await page
    .locator('a[href^="/admin/collections/"]')
    .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').split('/')[3]))
  return [...new Set(hrefs)].sort()
}

// What each role finds in the admin after signing in: the collections they may read, and no others.
const roles = [
  {
    email: 'admin@example.org',
    sees: [
      'users',
      'projects',
      'sessions',
      'reports',
      'subscribers',
      'newsletters',
      'workspace-requests',
      'pages',
      'materials',
    ],
    hidden: [],
  },
  {
    email: 'editor@example.org',
    sees: [
      'pages',
      'materials',
      'discussion-questions',
      'languages',
      'municipalities',
      'subscribers',
      'newsletters',
      'workspace-requests',
    ],
    hidden: [
      'projects',
      'sessions',
      'reports',
      'experience-cards',
      'decision-events',
      'feedback-responses',
      'evaluations',
    ],
  },
  {
    email: 'coordinator@example.org',
    sees: [
      'projects',
      'sessions',
      'reports',
      'experience-cards',
      'decision-events',
      'actions',
      'feedback-responses',
      'evaluations',
    ],
    hidden: ['subscribers', 'newsletters', 'workspace-requests'],
  },
  {
    email: 'organizer@example.org',
    sees: ['projects', 'sessions', 'reports', 'experience-cards'],
    hidden: [
      'decision-events',
      'feedback-responses',
      'evaluations',
      'subscribers',
      'newsletters',
      'workspace-requests',
    ],
  },
]

describe.each(roles)('$email in the admin', ({ email, sees, hidden }) => {
  test('sees exactly the collections the role may use', async () => {
    const page = await signIn(email)
    const nav = await collectionsInNav(page)
    for (const slug of sees) expect(nav).toContain(slug)
    for (const slug of hidden) expect(nav).not.toContain(slug)
    await page.close()
  })
})

test('the coordinator sees the example project’s sessions; the editor is refused them', async () => {
  const coordinator = await signIn('coordinator@example.org')
  await coordinator.goto(`${e2eBaseUrl()}/admin/collections/sessions`)
  await coordinator.waitForSelector('table tbody tr')
  expect(await coordinator.locator('table tbody tr').count()).toBeGreaterThan(0)
  await coordinator.close()

  const editor = await signIn('editor@example.org')
  const res = await fetch(`${e2eBaseUrl()}/api/sessions`, {
    headers: { cookie: (await editor.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
  })
  expect(res.status).toBe(403)
  await editor.close()
})

test('a coordinator reaches the project overview from the project’s own page', async () => {
  const page = await signIn('coordinator@example.org')
  await page.goto(`${e2eBaseUrl()}/admin/collections/projects`)
  await page.locator('table tbody tr a[href*="/admin/collections/projects/"]').first().click()
  const link = page.locator('a[href^="/admin/project-overview/"]')
  await link.waitFor()
  await link.click()
  await page.waitForURL(/\/admin\/project-overview\//)
  expect(await page.locator('h1').first().isVisible()).toBe(true)
  await page.close()
})
