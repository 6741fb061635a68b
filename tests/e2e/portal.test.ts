/**
 * The public portal as visitors meet it, in Chromium against the seeded
 * production server: every interface language, the library and its
 * downloads, a municipality, the Arabic residents' page, accessibility (axe)
 * on every page type, the skip link, and an editor's change going live.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Document, Packer, Paragraph } from 'docx'
import type { Browser, Page } from 'playwright-core'

import { axeViolations, e2eBaseUrl, launchBrowser } from '../helpers/browser'

const password = 'hyvat-suhteet-demo'
let browser: Browser
let base: string

beforeAll(async () => {
  base = e2eBaseUrl()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string): Promise<Page> {
  const page = await browser.newPage()
  const res = await page.goto(`${base}${path}`)
  expect(res?.status()).toBe(200)
  return page
}

async function editorToken(): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

describe('home in each interface language', () => {
  test.each([
    ['fi', 'Hyvät väestösuhteet', 'Materiaalit'],
    ['sv', 'Goda befolkningsrelationer', 'Material'],
    ['en', 'Good population relations', 'Materials'],
  ])('/%s speaks its language', async (lang, siteName, libraryLink) => {
    const page = await open(`/${lang}`)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    await expect(page.locator('.site-name').textContent()).resolves.toBe(siteName)
    await page.getByRole('navigation', { name: /.+/ }).first().waitFor()
    expect(await page.getByRole('link', { name: libraryLink, exact: true }).count()).toBeGreaterThan(0)
    expect(await page.locator('h1').count()).toBe(1)
    // The three parts as steps, and numbers from the data.
    expect(await page.locator('.steps li').count()).toBe(3)
    expect(Number(await page.locator('.stats strong').first().textContent())).toBeGreaterThan(0)
    // hreflang alternates for every interface language.
    for (const other of ['fi', 'sv', 'en']) {
      expect(await page.locator(`link[rel="alternate"][hreflang="${other}"]`).count()).toBe(1)
    }
    await page.close()
  })

  test('/ sends the visitor to the language the browser asks for', async () => {
    const res = await fetch(`${base}/`, {
      redirect: 'manual',
      headers: { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' },
    })
    expect(res.status).toBe(307)
    expect(new URL(res.headers.get('location') ?? '', base).pathname).toBe('/sv')
  })
})

test('the language switcher keeps the visitor on the same material', async () => {
  const page = await open('/fi/library/scribe-reporting-form')
  await expect(page.locator('h1').textContent()).resolves.toBe('Kirjureiden raportointilomake')
  await page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'English' }).click()
  await page.waitForURL(`${base}/en/library/scribe-reporting-form`)
  expect(await page.getAttribute('html', 'lang')).toBe('en')
  await expect(page.locator('h1').textContent()).resolves.toBe('Scribe reporting form')
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'svenska' }).click()
  await page.waitForURL(`${base}/sv/library/scribe-reporting-form`)
  await expect(page.locator('h1').textContent()).resolves.toBe('Rapporteringsblankett för skribenter')
  await page.close()
})

test('a visitor filters the library to Somali and downloads the Somali file', async () => {
  // Until the generators attach files, the editor uploads one and attaches it to the Somali version.
  const token = await editorToken()
  const auth = { authorization: `JWT ${token}` }
  const docx = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('Kutsu keskustelutilaisuuteen (so)')] }] }),
  )
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(docx)], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
    'kutsu-so.docx',
  )
  form.append('_payload', JSON.stringify({ language: 'so', title: 'Kutsu (so)' }))
  const upload = await fetch(`${base}/api/files`, { method: 'POST', headers: auth, body: form })
  expect(upload.status).toBe(201)
  const file = ((await upload.json()) as { doc: { id: string; filesize: number } }).doc

  const found = await fetch(`${base}/api/materials?where[slug][equals]=invitation-questions-and-guidance&depth=0`, {
    headers: auth,
  })
  const material = (
    (await found.json()) as {
      docs: { id: string; versions: { id: string; language: string; file?: string | null }[] }[]
    }
  ).docs[0]
  expect(material.versions.some((v) => v.language === 'so')).toBe(true)
  const versions = material.versions.map((v) => (v.language === 'so' ? { ...v, file: file.id } : v))
  const patched = await fetch(`${base}/api/materials/${material.id}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ versions, _status: 'published' }),
  })
  expect(patched.status).toBe(200)

  const page = await open('/en/library')
  await page.locator('#filter-language').selectOption('so')
  await page.getByRole('button', { name: 'Show' }).click()
  await page.waitForURL((url) => url.searchParams.get('language') === 'so')
  await expect(page.getByRole('status').textContent()).resolves.toContain('Soomaali')
  // Every material listed has a Somali version, and only that version is listed.
  const languages = await page.locator('.versions__language').allTextContents()
  expect(languages.length).toBeGreaterThan(0)
  expect(new Set(languages)).toEqual(new Set(['Soomaali']))
  const card = page.locator('.card', { hasText: 'Model invitation letter' })
  const link = card.getByRole('link', { name: /Download \(DOCX/ })
  // A screen reader hears which material and which language each "Download" is for; the link is
  // the site's own path, whichever host name the visitor came by.
  const name = await link.evaluate((a) => a.textContent)
  expect(name).toMatch(/^Download \(DOCX, \d+ kB\) – Model invitation letter.*, Soomaali$/)
  expect(await link.getAttribute('href')).toBe('/api/files/file/kutsu-so.docx')
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toBe('kutsu-so.docx')
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK')
  expect(Buffer.concat(chunks).length).toBe(file.filesize)
  // Every language either offers its file or says the file is still coming, never a dead link.
  // (Which languages have files depends on whether the library's regeneration job has run yet.)
  const all = await open('/en/library/invitation-questions-and-guidance')
  expect(await all.locator('.versions__item', { hasText: 'Soomaali' }).getByRole('link').count()).toBe(1)
  for (const item of await all.locator('.versions__item').all()) {
    const offered = (await item.getByRole('link').count()) > 0
    expect(offered || (await item.textContent())?.includes('file coming later')).toBe(true)
  }
  await all.close()
  await page.close()
})

test('a municipality page shows aggregates and only the public actions', async () => {
  const page = await open('/fi/municipalities')
  expect(await page.locator('figure.region-chart svg[role="img"]').count()).toBe(1)
  expect(await page.locator('figure.region-chart table tbody tr').count()).toBeGreaterThan(5)
  await page.getByLabel('Kunnan nimi').fill('Esimerkk')
  await page.getByRole('button', { name: 'Näytä' }).click()
  await page.waitForURL((url) => url.searchParams.get('q') === 'Esimerkk')
  await page.getByRole('link', { name: 'Esimerkkilä (esimerkki)' }).click()
  await page.waitForURL(/\/fi\/municipalities\/[a-z0-9-]+$/)
  await expect(page.locator('h1').textContent()).resolves.toBe('Esimerkkilä (esimerkki)')
  const text = (await page.locator('main').textContent()) ?? ''
  expect(text).toContain('Päättäjätilaisuus on pidetty.')
  expect(text).toContain('Monikielinen asukasinfo kirjastossa kerran kuukaudessa')
  // An action the coordinator has not made public stays off the public page.
  expect(text).not.toContain('Poliisin ja nuoriso')
  // The demo's five sessions (plus any another browser test recorded) are enough to be shown as a number.
  const held = Number(/(\d+) tilaisuutta/.exec(text)?.[1])
  expect(held).toBeGreaterThanOrEqual(5)
  await page.close()
})

test('the Arabic residents’ page reads right to left with Arabic navigation', async () => {
  const page = await open('/ar/for-residents')
  expect(await page.getAttribute('html', 'dir')).toBe('rtl')
  expect(await page.getAttribute('html', 'lang')).toBe('ar')
  expect(await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).count()).toBe(1)
  expect(await page.getByRole('link', { name: 'للسكان' }).count()).toBeGreaterThan(0)
  // The switcher offers every material language on this page.
  expect(await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link').count()).toBe(11)
  await page.close()
})

test('the Suomi.fi colours apply on a page and on the 404, from one stylesheet the browser keeps', async () => {
  const page = await open('/fi/library')
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--fi-color-brand-base')),
  ).toMatch(/^hsl\(/)
  const href = await page.locator('head link[rel="stylesheet"][href^="/design-tokens.css?v="]').getAttribute('href')
  const css = await page.request.get(`${base}${href}`)
  expect(css.headers()['content-type']).toContain('text/css')
  expect(css.headers()['cache-control']).toContain('max-age=31536000')
  expect(await css.text()).toContain('--fi-color-brand-base:')
  // The tokens are linked, not written into the page again (they were 9 KB of every page).
  expect(await page.locator('head style').count()).toBe(0)
  const missing = await browser.newPage()
  expect((await missing.goto(`${base}/fi/ei-ole-tallaista`))?.status()).toBe(404)
  await missing.locator('h1').waitFor()
  expect(
    await missing.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--fi-color-brand-base')),
  ).toMatch(/^hsl\(/)
  await missing.close()
  await page.close()
})

test('the skip link is the first stop and moves focus to the content', async () => {
  const page = await open('/fi/library')
  await page.keyboard.press('Tab')
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Siirry sisältöön')
  await page.keyboard.press('Enter')
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
  await page.close()
})

describe('accessibility: zero axe violations', () => {
  const paths = [
    '',
    '/discussion-sessions',
    '/how-to-start',
    '/contacts',
    '/accessibility-statement',
    '/for-residents',
    '/library',
    '/library?language=ar',
    '/library/invitation-questions-and-guidance',
    '/municipalities',
    '/municipalities?region=uusimaa',
    '/languages',
    '/search?q=kirjuri',
  ]
  test.each(['fi', 'sv', 'en', 'ar'])('every page type in %s', async (lang) => {
    const page = await browser.newPage()
    const failures: string[] = []
    for (const path of paths) {
      const res = await page.goto(`${base}/${lang}${path}`)
      expect(res?.status()).toBe(200)
      for (const v of await axeViolations(page))
        failures.push(`${lang}${path}: ${v.id} ${v.help} ${JSON.stringify(v.nodes.slice(0, 3))}`)
    }
    // A municipality profile.
    await page.goto(`${base}/${lang}/municipalities`)
    await page.locator('.municipality-list a').first().click()
    await page.waitForURL(/\/municipalities\/[a-z0-9-]+$/)
    for (const v of await axeViolations(page)) failures.push(`${lang} municipality: ${v.id} ${v.help}`)
    expect(failures).toEqual([])
    await page.close()
  })
})

test('pages carry a per-request CSP nonce, so no shared cache keeps them; sitemap and robots are served', async () => {
  const res = await fetch(`${base}/fi/library`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/)
  expect(res.headers.get('cache-control')).toMatch(/private|no-store/)
  expect(res.headers.get('cache-control')).not.toMatch(/s-maxage/)
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
  expect(sitemap).toContain(`${base}/sv/library/scribe-reporting-form`)
  expect(sitemap).toMatch(/hreflang="ar" href="[^"]*\/ar\/for-residents"/)
  const robots = await (await fetch(`${base}/robots.txt`)).text()
  expect(robots).toContain('Sitemap:')
})

test('an editor’s published change appears on the public page without a rebuild', async () => {
  const page = await open('/en/contacts')
  const before = await page.locator('h1').textContent()
  const token = await editorToken()
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const found = await fetch(`${base}/api/pages?where[slug][equals]=contacts&depth=0`, { headers: auth })
  const { id } = ((await found.json()) as { docs: { id: string }[] }).docs[0]
  const title = `Contacts ${Date.now().toString(36)}`
  const res = await fetch(`${base}/api/pages/${id}?locale=en`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ title, _status: 'published' }),
  })
  expect(res.status).toBe(200)
  // The cache was dropped by the page's afterChange hook: the next visit renders the new title.
  let seen = before
  for (let i = 0; i < 20 && seen !== title; i++) {
    await page.reload()
    seen = await page.locator('h1').textContent()
    if (seen !== title) await new Promise((r) => setTimeout(r, 500))
  }
  expect(seen).toBe(title)
  await page.close()
})
