/**
 * The board's answers are stored once (event-verdicts, event-placements), so a card the small groups
 * answered cannot be deleted: on the production build, the coordinator who tries from the card's own
 * edit view in the Finnish admin reads why, in Finnish, and the card stays.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { finnishAdminContext, settle, signInToAdmin } from '../helpers/adminBrowser'
import { e2eBaseUrl, launchBrowser } from '../helpers/browser'

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  context = await finnishAdminContext(browser)
  page = await context.newPage()
  await signInToAdmin(page, 'coordinator@example.org')
})
afterAll(async () => {
  await context?.close().catch(() => undefined)
  await browser?.close()
})

/** Read as the signed-in coordinator, to know which card to open and whether it is still there. */
async function api(path: string): Promise<any> {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { credentials: 'include' })
    return { status: res.status, ...(await res.json()) }
  }, path)
}

/** The Finnish sentence, with the counts the coordinator's own reads give. */
function inUseSentence(verdicts: number, placements: number): string {
  const parts = [
    verdicts === 1 ? '1 pienryhmän arvio' : `${verdicts} pienryhmien arviota`,
    ...(placements
      ? [placements === 1 ? '1 sijoitus koordinaatistossa' : `${placements} sijoitusta koordinaatistossa`]
      : []),
  ]
  return `Tätä ei voi poistaa, koska siihen liittyy vielä ${parts.join(' ja ')}. Poista tai muuta ne ensin.`
}

describe('an experience card the groups answered, in the Finnish admin', () => {
  test('its delete is refused with the reason in Finnish, and the card and its answers stay', async () => {
    const verdict = (await api('/api/event-verdicts?depth=0&limit=1&sort=createdAt')).docs[0]
    expect(verdict).toBeDefined()
    const card = String(verdict.card)
    const count = async (collection: string) =>
      (await api(`/api/${collection}?where[card][equals]=${card}&limit=0&depth=0`)).totalDocs as number
    const [verdicts, placements] = [await count('event-verdicts'), await count('event-placements')]

    await page.goto(`${e2eBaseUrl()}/admin/collections/experience-cards/${card}`)
    await page.locator('#field-text:not([disabled])').waitFor({ timeout: 60_000 })
    await settle(page)
    await page.locator('.doc-controls__popup .popup-button').click()
    await page.locator('#action-delete').click()
    await page.locator('#confirm-action').click()

    const toast = page.locator('[data-sonner-toast][data-type="error"]').last()
    await toast.waitFor({ timeout: 30_000 })
    const text = (await toast.innerText()).trim()
    expect(text).toBe(inUseSentence(verdicts, placements))
    expect(text).not.toMatch(/tuntematon virhe|unknown error|Something went wrong|virheellinen:/i)

    expect((await api(`/api/experience-cards/${card}?depth=0`)).id).toBe(card)
    expect(await count('event-verdicts')).toBe(verdicts)
    expect(await count('event-placements')).toBe(placements)
  })
})
