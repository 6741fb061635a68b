import type { Browser, BrowserContext, Page } from 'playwright-core'

import { e2eBaseUrl } from './browser'

export const demoPassword = 'hyvat-suhteet-demo'

export type AdminTheme = 'light' | 'dark'

/**
 * A browser context as a Finnish member of staff sees the admin: Finnish
 * browser, Finnish admin language and the chosen theme, through the same
 * cookies the admin's account page sets (`payload-lng`, `payload-theme`).
 */
export async function finnishAdminContext(browser: Browser, theme: AdminTheme = 'light'): Promise<BrowserContext> {
  const url = new URL(e2eBaseUrl())
  const context = await browser.newContext({
    locale: 'fi-FI',
    colorScheme: theme,
    extraHTTPHeaders: { 'Accept-Language': 'fi-FI,fi;q=0.9' },
  })
  await context.addCookies(
    [
      { name: 'payload-lng', value: 'fi' },
      { name: 'payload-theme', value: theme },
    ].map((c) => ({ ...c, domain: url.hostname, path: '/' })),
  )
  return context
}

/** Signs in through the admin's login form and waits for the dashboard. */
export async function signInToAdmin(page: Page, email: string): Promise<void> {
  await page.goto(`${e2eBaseUrl()}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(demoPassword)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
}

/** Waits until an admin screen has hydrated and stopped loading (lists, forms, drawers). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined)
  await page
    .waitForFunction(() => !document.querySelector('.loading-overlay, .shimmer-effect, [aria-busy="true"]'), null, {
      timeout: 15_000,
    })
    .catch(() => undefined)
}
