/**
 * The public form pages as a browser without JavaScript gets them: each page is
 * rendered to HTML by its own server component, loaded into Chromium and
 * checked with axe (WCAG 2.1 AA) and by what a screen-reader user depends on.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import ConfirmPage from '../../../src/app/(frontend)/[lang]/confirm/page'
import MyDataPage from '../../../src/app/(frontend)/[lang]/my-data/page'
import SubscribePage from '../../../src/app/(frontend)/[lang]/subscribe/page'
import UnsubscribePage from '../../../src/app/(frontend)/[lang]/unsubscribe/page'
import WorkspacePage from '../../../src/app/(frontend)/[lang]/workspace/page'
import { axeViolations, hasChromium, launchBrowser } from '../../helpers/browser'

type PageComponent = (props: {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string>>
}) => Promise<ReactElement>

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
})

/** What the [lang] layout wraps around a page: html with lang and dir, a title. */
async function open(component: PageComponent, lang: string, query: Record<string, string> = {}) {
  const element = await component({ params: Promise.resolve({ lang }), searchParams: Promise.resolve(query) })
  const body = renderToStaticMarkup(element)
  await page.setContent(
    `<!doctype html><html lang="${lang}" dir="ltr"><head><title>Test</title></head><body>${body}</body></html>`,
  )
}

const run = hasChromium() ? describe : describe.skip

run('form pages', () => {
  const cases: [string, string, PageComponent, Record<string, string>][] = [
    ['subscribe', 'fi', SubscribePage as PageComponent, {}],
    ['subscribe', 'sv', SubscribePage as PageComponent, {}],
    ['subscribe', 'en', SubscribePage as PageComponent, { error: 'email,consent,regions', language: 'en' }],
    ['subscribe sent', 'en', SubscribePage as PageComponent, { sent: '1' }],
    ['workspace', 'fi', WorkspacePage as PageComponent, {}],
    ['workspace with errors', 'sv', WorkspacePage as PageComponent, { error: 'name,email,reason,consent' }],
    ['confirm', 'fi', ConfirmPage as PageComponent, { token: 'abc' }],
    ['confirm expired', 'en', ConfirmPage as PageComponent, { error: 'token' }],
    ['unsubscribe', 'sv', UnsubscribePage as PageComponent, { token: 'abc' }],
    ['my data', 'en', MyDataPage as PageComponent, {}],
    ['my data delete', 'fi', MyDataPage as PageComponent, { token: 'abc' }],
  ]
  test.each(cases)('%s (%s) has no axe violations', async (_name, lang, component, query) => {
    await open(component, lang, query)
    expect(await axeViolations(page)).toEqual([])
  })

  test('the sign-up form works without JavaScript and links to the privacy notice', async () => {
    await open(SubscribePage as PageComponent, 'fi')
    const form = page.locator('form')
    expect(await form.getAttribute('method')).toBe('post')
    expect(await form.getAttribute('action')).toBe('/api/email/subscribe')
    expect(await page.getByLabel('Sähköpostiosoite').getAttribute('name')).toBe('email')
    expect(
      await page.getByRole('group', { name: 'Maakunnat, joiden kutsuja haluat' }).getByRole('checkbox').count(),
    ).toBe(19)
    expect(await page.getByRole('link', { name: 'Lue tietosuojaseloste' }).getAttribute('href')).toBe(
      '/fi/privacy-notice',
    )
    expect(await page.getByRole('button', { name: 'Tilaa' }).count()).toBe(1)
  })

  test('errors are summarised at the top, linked to their fields, which are marked invalid', async () => {
    await open(SubscribePage as PageComponent, 'en', { error: 'email,consent', language: 'sv', regions: 'lappi' })
    const summary = page.getByRole('alert')
    expect(await summary.getByRole('heading').textContent()).toBe('Please correct the following:')
    const link = summary.getByRole('link', { name: 'Give a valid e-mail address, for example name@example.fi.' })
    expect(await link.getAttribute('href')).toBe('#email')
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#email').getAttribute('aria-describedby')).toBe('email-error')
    expect(await page.locator('#consent').getAttribute('aria-invalid')).toBe('true')
    // What the visitor chose is kept (but never the address they typed, which stays out of URLs).
    expect(await page.getByLabel('Svenska').isChecked()).toBe(true)
    expect(await page.getByLabel('Lapland').isChecked()).toBe(true)
  })
})
