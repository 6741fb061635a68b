import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'

import { type ResendStandIn, startResendStandIn } from '../../helpers/resendStandIn'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Caller, endpointCaller, linkIn, richText } from './endpoint'

let portal: TestPortal
let standIn: ResendStandIn
let call: Caller
let editorToken: string

beforeAll(async () => {
  standIn = await startResendStandIn()
  process.env.RESEND_API_KEY = 're_test_key'
  process.env.RESEND_BASE_URL = standIn.url
  process.env.EMAIL_RETRY_BASE_MS = '5'
  portal = await startPayload()
  call = await endpointCaller()
  await portal.payload.updateGlobal({ slug: 'site-settings', data: { senderEmail: 'lista@example.fi' } })
  await portal.payload.create({
    collection: 'users',
    data: {
      email: 'editor@example.fi',
      password: 'pitkä-ja-hyvä-salasana-42',
      name: 'Editor',
      role: 'editor',
    } as never,
  })
  const login = await call.json('/api/users/login', {
    email: 'editor@example.fi',
    password: 'pitkä-ja-hyvä-salasana-42',
  })
  editorToken = login.body.token
})

afterAll(async () => {
  await portal?.stop()
  await standIn?.close()
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
})

beforeEach(() => standIn.reset())

const mailsTo = (address: string) => standIn.delivered.filter((m) => m.to.includes(address))

async function newsletter(subjects: Record<'fi' | 'sv' | 'en', string>, audience: { audienceRegions?: string[] } = {}) {
  const { payload } = portal
  const doc = await payload.create({
    collection: 'newsletters',
    locale: 'fi',
    data: {
      subject: subjects.fi,
      body: richText(`${subjects.fi} – teksti`) as never,
      kind: 'newsletter',
      ...audience,
    } as never,
  })
  for (const lang of ['sv', 'en'] as const) {
    await payload.update({
      collection: 'newsletters',
      id: doc.id,
      locale: lang,
      data: { subject: subjects[lang], body: richText(`${subjects[lang]} – text`) as never },
    })
  }
  return String(doc.id)
}

async function sendAndRun(id: string) {
  const res = await call.json(`/api/email/newsletters/${id}/send`, {}, { token: editorToken })
  expect(res.status).toBe(202)
  await portal.payload.jobs.run({ queue: 'default' })
  return res
}

test('sign up → confirmation mail → confirm → newsletter in their language → one-click unsubscribe → no more mail', async () => {
  const { payload } = portal
  const address = 'maija@example.fi'
  const signup = await call.json('/api/email/subscribe', {
    email: 'Maija@Example.fi',
    language: 'sv',
    regions: ['uusimaa'],
    consent: true,
    lang: 'fi',
  })
  expect(signup.status).toBe(202)
  expect(signup.body.message).toMatch(/vahvistusviesti/)

  const [confirmation] = mailsTo(address)
  expect(confirmation.subject).toBe('Bekräfta din prenumeration')
  expect(confirmation.from).toBe('Hyvät väestösuhteet <lista@example.fi>')
  expect(confirmation.text).toContain('7 dagar')
  expect(confirmation.html).toContain('lang="sv"')
  const confirmUrl = new URL(linkIn(confirmation.text, 'http'))
  expect(confirmUrl.pathname).toBe('/sv/confirm')
  const token = confirmUrl.searchParams.get('token')!

  // Not confirmed yet: a newsletter does not reach them.
  const early = await newsletter({ fi: 'Tammikuu', sv: 'Januari', en: 'January' })
  await sendAndRun(early)
  expect(mailsTo(address)).toHaveLength(1)

  const stored = await payload.find({ collection: 'subscribers', where: { email: { equals: address } } })
  expect(stored.docs[0].status).toBe('pending')
  expect(JSON.stringify(stored.docs[0])).not.toContain(token)

  const confirmed = await call.json('/api/email/confirm', { token, lang: 'sv' })
  expect(confirmed.status).toBe(200)
  expect(confirmed.body.message).toMatch(/^Tack! Du finns nu på e-postlistan/)
  // Single use.
  const again = await call.json('/api/email/confirm', { token, lang: 'en' })
  expect(again.status).toBe(400)
  expect(again.body).toEqual({ errors: [{ message: 'This link is not valid or has expired. You can sign up again.' }] })

  standIn.reset()
  const february = await newsletter({ fi: 'Helmikuu', sv: 'Februari', en: 'February' })
  await sendAndRun(february)
  const received = mailsTo(address)
  expect(received).toHaveLength(1)
  expect(received[0].subject).toBe('Februari')
  expect(received[0].text).toContain('Februari – text')
  expect(received[0].text).toContain('Avsluta prenumerationen')
  expect(received[0].headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  const oneClick = received[0].headers!['List-Unsubscribe'].replace(/^<|>$/g, '')
  const sentDoc = await payload.findByID({ collection: 'newsletters', id: february })
  expect(sentDoc.status).toBe('sent')
  expect(sentDoc.progress).toMatchObject({ total: 1, sent: 1, failed: 0 })

  // What a mail client does for RFC 8058: POST the header's address with the one-click body.
  const url = new URL(oneClick)
  const unsub = await call.form(`${url.pathname}${url.search}`, [['List-Unsubscribe', 'One-Click']])
  expect(unsub.status).toBe(200)
  const after = await payload.find({ collection: 'subscribers', where: { email: { equals: address } } })
  expect(after.docs[0].status).toBe('unsubscribed')

  standIn.reset()
  const march = await newsletter({ fi: 'Maaliskuu', sv: 'Mars', en: 'March' })
  await sendAndRun(march)
  expect(mailsTo(address)).toHaveLength(0)
})

test('signing up again with a known address answers the same and creates no second entry', async () => {
  const { payload } = portal
  const first = await call.json(
    '/api/email/subscribe',
    { email: 'kaksi@example.fi', language: 'fi', consent: true, lang: 'en' },
    { ip: '198.51.100.7' },
  )
  const second = await call.json(
    '/api/email/subscribe',
    { email: 'kaksi@example.fi', language: 'fi', consent: true, lang: 'en' },
    { ip: '198.51.100.8' },
  )
  const fresh = await call.json(
    '/api/email/subscribe',
    { email: 'uusi@example.fi', language: 'fi', consent: true, lang: 'en' },
    { ip: '198.51.100.9' },
  )
  expect(second).toEqual(first)
  expect(fresh).toEqual(first)
  const { totalDocs } = await payload.count({
    collection: 'subscribers',
    where: { email: { equals: 'kaksi@example.fi' } },
  })
  expect(totalDocs).toBe(1)
})

test('a browser without JavaScript posts the form and is sent to the result page', async () => {
  const ok = await call.form(
    '/api/email/subscribe',
    [
      ['lang', 'en'],
      ['email', 'lomake@example.fi'],
      ['language', 'en'],
      ['regions', 'lappi'],
      ['regions', 'kainuu'],
      ['consent', 'on'],
    ],
    { ip: '198.51.100.20' },
  )
  expect(ok.status).toBe(303)
  expect(ok.location).toBe('/en/subscribe?sent=1')
  const doc = (
    await portal.payload.find({ collection: 'subscribers', where: { email: { equals: 'lomake@example.fi' } } })
  ).docs[0]
  expect(doc.regions).toEqual(['lappi', 'kainuu'])

  const bad = await call.form(
    '/api/email/subscribe',
    [
      ['lang', 'sv'],
      ['email', 'nope'],
      ['language', 'sv'],
    ],
    { ip: '198.51.100.20' },
  )
  expect(bad.status).toBe(303)
  expect(bad.location).toBe('/sv/subscribe?error=email%2Cconsent&language=sv')
})

test('every refusal says why in the visitor’s language and stores nothing', async () => {
  const { payload } = portal
  const count = async () =>
    (await payload.count({ collection: 'subscribers' })).totalDocs +
    (await payload.count({ collection: 'signup-attempts' })).totalDocs
  const before = await count()
  const cases: [Record<string, unknown> | string, number, string][] = [
    [
      { email: 'not-an-address', language: 'fi', consent: true, lang: 'fi' },
      400,
      'Anna toimiva sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
    ],
    [
      { email: `${'a'.repeat(250)}@example.fi`, language: 'fi', consent: true, lang: 'en' },
      400,
      'The e-mail address is too long (at most 254 characters).',
    ],
    [{ email: 'x@example.fi', language: 'de', consent: true, lang: 'sv' }, 400, 'Välj finska, svenska eller engelska.'],
    [
      { email: 'x@example.fi', language: 'fi', regions: ['atlantis'], consent: true, lang: 'en' },
      400,
      'Choose regions from the list.',
    ],
    [
      { email: 'x@example.fi', language: 'fi', lang: 'en' },
      400,
      'You must accept the processing of your data to continue.',
    ],
    // An oversized body is not read at all, so the answer is in the browser's language (here none: Finnish).
    [
      { email: 'x@example.fi', language: 'fi', consent: true, lang: 'en', padding: 'x'.repeat(30_000) },
      413,
      'Lähetetyt tiedot ovat liian suuret käsiteltäviksi (enintään 20 kt). Mitään ei tallennettu.',
    ],
    [
      '{"email": "x@example.fi", "consent": tr',
      400,
      'Lähetettyjä tietoja ei voitu lukea. Lähetä lomake tai JSON-objekti. Mitään ei tallennettu.',
    ],
  ]
  for (const [data, status, message] of cases) {
    const res =
      typeof data === 'string'
        ? await call.raw('/api/email/subscribe', data)
        : await call.json('/api/email/subscribe', data)
    expect([res.status, res.body.errors[0].message]).toEqual([status, message])
  }
  expect(await count()).toBe(before)
  expect(standIn.delivered).toHaveLength(0)

  // The honeypot: a bot gets the ordinary answer, nothing is stored or sent.
  const bot = await call.json('/api/email/subscribe', {
    email: 'bot@example.fi',
    language: 'fi',
    consent: true,
    website: 'http://spam',
    lang: 'en',
  })
  expect(bot.status).toBe(202)
  expect(await count()).toBe(before)
  expect(standIn.delivered).toHaveLength(0)
})

test('sign-ups are limited per address and per IP per hour with a localized 429', async () => {
  const { payload } = portal
  for (let i = 0; i < 3; i++) {
    const res = await call.json(
      '/api/email/subscribe',
      { email: 'raja@example.fi', language: 'fi', consent: true, lang: 'fi' },
      { ip: `192.0.2.${i}` },
    )
    expect(res.status).toBe(202)
  }
  const limited = await call.json(
    '/api/email/subscribe',
    { email: 'raja@example.fi', language: 'fi', consent: true, lang: 'fi' },
    { ip: '192.0.2.99' },
  )
  expect([limited.status, limited.body.errors[0].message]).toEqual([
    429,
    'Liian monta yritystä. Yritä uudelleen tunnin kuluttua.',
  ])

  for (let i = 0; i < 10; i++) {
    const res = await call.json(
      '/api/email/subscribe',
      { email: `ip${i}@example.fi`, language: 'en', consent: true, lang: 'en' },
      { ip: '192.0.2.200' },
    )
    expect(res.status).toBe(202)
  }
  const attemptsBefore = (await payload.count({ collection: 'signup-attempts' })).totalDocs
  const byIp = await call.json(
    '/api/email/subscribe',
    { email: 'ip-next@example.fi', language: 'en', consent: true, lang: 'en' },
    { ip: '192.0.2.200' },
  )
  expect([byIp.status, byIp.body.errors[0].message]).toEqual([429, 'Too many attempts. Please try again in an hour.'])
  expect(
    (await payload.count({ collection: 'subscribers', where: { email: { equals: 'ip-next@example.fi' } } })).totalDocs,
  ).toBe(0)
  expect((await payload.count({ collection: 'signup-attempts' })).totalDocs).toBe(attemptsBefore)
  // Attempts are stored as keyed hashes, never as the address or IP.
  const attempts = await payload.find({ collection: 'signup-attempts', pagination: false })
  expect(JSON.stringify(attempts.docs)).not.toMatch(/raja@example|192\.0\.2/)
})

test('a subscriber gets their data at their own address and can delete it', async () => {
  const { payload } = portal
  await call.json(
    '/api/email/subscribe',
    { email: 'tiedot@example.fi', language: 'en', regions: ['pirkanmaa'], consent: true, lang: 'en' },
    { ip: '192.0.2.50' },
  )
  standIn.reset()
  const unknown = await call.json(
    '/api/email/my-data',
    { email: 'nobody@example.fi', lang: 'en' },
    { ip: '192.0.2.51' },
  )
  const known = await call.json('/api/email/my-data', { email: 'tiedot@example.fi', lang: 'en' }, { ip: '192.0.2.52' })
  expect(known).toEqual(unknown)
  expect(standIn.delivered.map((m) => m.to[0])).toEqual(['tiedot@example.fi'])
  const [data] = standIn.delivered
  expect(data.text).toContain('Pirkanmaa')
  expect(data.text).toContain('waiting for confirmation')
  const deleteUrl = new URL(linkIn(data.text, 'http://localhost:3000/en/my-data?token='))
  const forged = await call.json('/api/email/my-data/delete', { token: 'abc.def', lang: 'en' })
  expect(forged.status).toBe(400)
  const removed = await call.json('/api/email/my-data/delete', {
    token: deleteUrl.searchParams.get('token'),
    lang: 'en',
  })
  expect([removed.status, removed.body.message]).toEqual([
    200,
    'Your address and choices are no longer on the mailing list.',
  ])
  expect(
    (await payload.count({ collection: 'subscribers', where: { email: { equals: 'tiedot@example.fi' } } })).totalDocs,
  ).toBe(0)
})

test('the public cannot read or write the list through the REST API, and only editors send', async () => {
  const anonymousRead = await call.get('/api/subscribers')
  expect(anonymousRead.status).toBe(403)
  const anonymousCreate = await call.json('/api/subscribers', {
    email: 'x@example.fi',
    language: 'fi',
    status: 'confirmed',
  })
  expect(anonymousCreate.status).toBe(403)
  const id = await newsletter({ fi: 'Salainen', sv: 'Hemlig', en: 'Secret' })
  const anonymousSend = await call.json(`/api/email/newsletters/${id}/send`, {})
  expect(anonymousSend.status).toBe(403)
  const editorRead = await call.get('/api/subscribers', { token: editorToken })
  expect(editorRead.status).toBe(200)
  expect(JSON.stringify(editorRead.body)).not.toContain('confirmTokenHash')
})

test('an editor sends a test to themselves in every language', async () => {
  const id = await newsletter({ fi: 'Testi', sv: 'Provet', en: 'Trial' })
  const res = await call.json(`/api/email/newsletters/${id}/test`, {}, { token: editorToken })
  // The answer is in the editor's admin language (Finnish by default).
  expect([res.status, res.body.message]).toEqual([200, 'Testi lähetettiin osoitteeseen editor@example.fi.'])
  expect(standIn.delivered.map((m) => m.subject).sort()).toEqual(['[Test] Provet', '[Test] Trial', '[Testi] Testi'])
  expect(standIn.delivered.every((m) => m.to[0] === 'editor@example.fi')).toBe(true)
})

test('regional invitations reach only subscribers of those regions', async () => {
  const { payload } = portal
  const make = (email: string, regions: string[]) =>
    payload.create({
      collection: 'subscribers',
      data: { email, language: 'fi', regions: regions as never, status: 'confirmed' },
    })
  await make('lappi@example.fi', ['lappi'])
  await make('uusimaa@example.fi', ['uusimaa', 'pirkanmaa'])
  await make('ei-alueita@example.fi', [])
  const id = await newsletter(
    { fi: 'Kutsu Lappiin', sv: 'Inbjudan', en: 'Invitation' },
    { audienceRegions: ['lappi', 'kainuu'] },
  )
  await sendAndRun(id)
  expect(standIn.delivered.map((m) => m.to[0])).toEqual(['lappi@example.fi'])
})
