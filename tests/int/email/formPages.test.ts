/**
 * The public form pages as a browser without JavaScript gets them: each page's
 * content is rendered to HTML by its own server component, loaded into Chromium and
 * checked with axe (WCAG 2.1 AA) and by what a screen-reader user depends on.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { ConfirmView as ConfirmPage } from '../../../src/components/forms/ConfirmView'
import { MyDataView as MyDataPage } from '../../../src/components/forms/MyDataView'
import { SubscribeView as SubscribePage } from '../../../src/components/forms/SubscribeView'
import { UnsubscribeView as UnsubscribePage } from '../../../src/components/forms/UnsubscribeView'
import { WorkspaceView as WorkspacePage } from '../../../src/components/forms/WorkspaceView'
import { axeViolations, hasChromium, launchBrowser } from '../../helpers/browser'

type PageComponent = (props: { lang: string; query: Record<string, string> }) => Promise<ReactElement>

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
})

/** What the [lang] layout and the site's shell wrap around a page's content: html with lang and dir, a title, main. */
async function open(component: PageComponent, lang: string, query: Record<string, string> = {}) {
  const body = renderToStaticMarkup(await component({ lang, query }))
  await page.setContent(
    `<!doctype html><html lang="${lang}" dir="ltr"><head><title>Test</title></head><body><main>${body}</main></body></html>`,
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
