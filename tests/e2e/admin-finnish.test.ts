/**
 * The admin in Finnish: a browser asking for a language the admin does not have
 * gets Finnish; an admin who works in English switches to Finnish on the account
 * page and finds Finnish on the dashboard, a collection's list and the
 * translation overview (which passes axe).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { axeViolations, e2eBaseUrl, launchBrowser } from '../helpers/browser'

const password = 'hyvat-suhteet-demo'
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** axe findings inside our own view (Payload's surrounding chrome is Payload's to fix). */
async function ownViolations(page: Page) {
  const violations = await axeViolations(page)
  const inside = await page.evaluate(
    (targets) => targets.map((t) => Boolean(document.querySelector(t)?.closest('#translations-view'))),
    violations.flatMap((v) => v.nodes.map((n) => n.target[0])),
  )
  let i = 0
  return violations.map((v) => ({ ...v, nodes: v.nodes.filter(() => inside[i++]) })).filter((v) => v.nodes.length)
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${e2eBaseUrl()}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
}

describe('the admin in Finnish', () => {
  test('a browser in a language the admin lacks gets Finnish', async () => {
    const context = await browser.newContext({
      locale: 'de-DE',
      extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' },
    })
    const page = await context.newPage()
    await page.goto(`${e2eBaseUrl()}/admin/login`)
    await expect(page.locator('button[type="submit"]').textContent()).resolves.toMatch(/Kirjaudu sisään/)
    await context.close()
  })

  test('an admin switches from English to Finnish and finds Finnish on the dashboard and in a list', async () => {
    const context = await browser.newContext({
      locale: 'en-GB',
      extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' },
    })
    const page = await context.newPage()
    await signIn(page, 'admin@example.org')
    await expect(page.locator('body').innerText()).resolves.toMatch(/Discussion questions/)

    await page.goto(`${e2eBaseUrl()}/admin/account`)
    await page.waitForSelector('#language-select')
    await page.locator('#language-select').focus()
    await page.keyboard.type('Suomi')
    await page.keyboard.press('Enter')
    // Payload keeps the choice in its language cookie; wait until the server has set it.
    for (
      let i = 0;
      i < 60 && !(await context.cookies()).some((c) => c.name === 'payload-lng' && c.value === 'fi');
      i++
    ) {
      await page.waitForTimeout(500)
    }
    expect((await context.cookies()).find((c) => c.name === 'payload-lng')?.value).toBe('fi')

    await page.goto(`${e2eBaseUrl()}/admin`)
    await page.waitForSelector('a[href="/admin/translations"]')
    const dashboard = await page.locator('body').innerText()
    // Payload's own interface string, and our own labels.
    expect(dashboard).toMatch(/Sisällön kieli/)
    expect(dashboard).toMatch(/Keskustelukysymykset/)
    expect(dashboard).toMatch(/Työkalupakin sisältö/)
    expect(dashboard).toMatch(/Käännösten tilanne/)

    await page.goto(`${e2eBaseUrl()}/admin/collections/discussion-questions`)
    await page.waitForSelector('table')
    const list = await page.locator('body').innerText()
    expect(list).toMatch(/Keskustelukysymykset/)
    expect(list).toMatch(/Luo uusi/)
    expect(list).toMatch(/Teksti/)

    // The choice sticks: the next page is Finnish too, whatever the browser asks for.
    await page.goto(`${e2eBaseUrl()}/admin/collections/pages`)
    await expect(page.locator('body').innerText()).resolves.toMatch(/Sivut/)
    await context.close()
  })

  test('the translation overview shows every language and opens a text beside its Finnish source', async () => {
    const context = await browser.newContext({ locale: 'fi-FI' })
    const page = await context.newPage()
    await signIn(page, 'editor@example.org')
    await page.goto(`${e2eBaseUrl()}/admin/translations?language=so`)
    await page.waitForSelector('h1')
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Käännösten tilanne')
    const body = await page.locator('main').innerText()
    expect(body).toMatch(/Soomaali/)
    expect(body).toMatch(/Luonnos|Tarkastettu|Puuttuu|Vanhentunut/)
    expect(await ownViolations(page)).toEqual([])

    await page.locator('td a[href*="/admin/translations/compare/"][href$="/so"]').first().click()
    await page.waitForURL(/\/admin\/translations\/compare\//)
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Suomenkielinen lähde ja käännös rinnakkain')
    await expect(page.locator('td[lang="fi"]').count()).resolves.toBeGreaterThan(0)
    expect(await ownViolations(page)).toEqual([])
    await context.close()
  })
})
