import { expect } from '@jest/globals'

import { launchBrowser } from './browser'

// Apart from ./browser.ts, which the browser tests' global setup imports outside Jest's test environment.
/**
 * Loads a public page `times` times in a phone-sized tab and checks each load comes alive under its
 * policy: no script is blocked (no securitypolicyviolation, no CSP message) and React has hydrated
 * the menu button, which opens the menu. Returns each answer's headers.
 */
export async function loadAliveUnderPolicy(url: string, times: number): Promise<Record<string, string>[]> {
  const browser = await launchBrowser()
  try {
    const phone = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true })
    await phone.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    const tab = await phone.newPage()
    const blocked: string[] = []
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
    })
    const answers: Record<string, string>[] = []
    for (let i = 0; i < times; i++) {
      const res = await tab.goto(url)
      expect(res?.status()).toBe(200)
      answers.push((await res?.allHeaders()) ?? {})
      await tab.waitForFunction(() => document.querySelector('.menu-button')?.getAttribute('aria-expanded') === 'false')
      await tab.locator('.menu-button').click()
      expect(await tab.locator('.menu-button').getAttribute('aria-expanded')).toBe('true')
      expect(await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
    }
    expect(blocked).toEqual([])
    return answers
  } finally {
    await browser.close()
  }
}
