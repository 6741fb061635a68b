/**
 * Working with a translation agency: export the Somali texts that need work as
 * XLIFF 2.0, fill in the targets as a CAT tool would, import the file back through
 * the real REST route, and see what was updated, skipped or refused. A stale file
 * cannot overwrite newer work; malformed and foreign files change nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let payload: Payload
let editorToken: string
let organizerToken: string
const ids: Record<'missing' | 'reviewed' | 'draft', string> = { missing: '', reviewed: '', draft: '' }
type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let handlers: { GET: Handler; POST: Handler }

async function call(
  method: 'GET' | 'POST',
  path: string,
  token?: string,
  body?: string,
  type = 'application/xliff+xml',
  language?: string,
) {
  const url = `http://localhost${path}`
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', type)
  if (language) headers.set('Accept-Language', language)
  const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/')
  const res = await handlers[method](new Request(url, { method, headers, body }), { params: Promise.resolve({ slug }) })
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() }
}
const exportSomali = (token = editorToken) => call('GET', '/api/translations/xliff?language=so', token)
const importFile = async (xml: string, query = '?language=so', token = editorToken) => {
  const res = await call('POST', `/api/translations/xliff${query}`, token, xml)
  return { status: res.status, body: JSON.parse(res.text) }
}
const question = async (id: string) =>
  (await payload.findByID({
    collection: 'discussion-questions',
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
  })) as unknown as Record<string, Record<string, unknown>>

/** What a translator's tool does: fill the target of one unit, optionally marking the segment final. */
function translate(xml: string, unitId: string, target: string, final = false): string {
  const start = xml.indexOf(`<unit id="${unitId}">`)
  if (start < 0) throw new Error(`no unit ${unitId}`)
  const end = xml.indexOf('</unit>', start)
  let unit = xml.slice(start, end)
  unit = unit.replace(/<target[^>]*>[\s\S]*?<\/target>\n\s*/, '')
  unit = unit.replace(
    /(<source[^>]*>[\s\S]*?<\/source>)/,
    `$1\n        <target xml:space="preserve">${target}</target>`,
  )
  if (final) unit = unit.replace(/<segment state="[^"]*">/, '<segment state="final">')
  return xml.slice(0, start) + unit + xml.slice(end)
}

beforeAll(async () => {
  portal = await startPayload()
  payload = portal.payload
  payload.logger.level = 'warn'
  const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../payload.config')
  handlers = { GET: REST_GET(config) as Handler, POST: REST_POST(config) as Handler }
  const password = 'pitkä-ja-hyvä-salasana-42'
  await payload.create({
    collection: 'users',
    data: { email: 'toimittaja@example.org', password, name: 'Toimittaja', role: 'editor' } as never,
    overrideAccess: true,
  })
  const ngo = await payload.create({
    collection: 'organizations',
    data: { name: 'Järjestö', type: 'ngo' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'users',
    data: {
      email: 'jarjestaja@example.org',
      password,
      name: 'Järjestäjä',
      role: 'organizer',
      organization: ngo.id,
    } as never,
    overrideAccess: true,
  })
  const rest = await restClient(payload)
  editorToken = await rest.login('toimittaja@example.org', password)
  organizerToken = await rest.login('jarjestaja@example.org', password)

  const theme = await payload.create({
    collection: 'themes',
    locale: 'fi',
    data: { key: 'safety', name: 'Turvallisuuden tunne', colour: '#2A6EBB', order: 1 } as never,
    overrideAccess: true,
  })
  const make = async (order: number, fi: string, so?: { text: string; status: string }) => {
    const q = await payload.create({
      collection: 'discussion-questions',
      locale: 'fi',
      data: { theme: theme.id, order, text: fi, translationStatus: 'reviewed' } as never,
      overrideAccess: true,
    })
    if (so)
      await payload.update({
        collection: 'discussion-questions',
        id: q.id,
        locale: 'so',
        data: { text: so.text, translationStatus: so.status } as never,
        overrideAccess: true,
      })
    return String(q.id)
  }
  ids.missing = await make(1, 'Missä tunnet olosi turvalliseksi?')
  ids.reviewed = await make(2, 'Keneen luotat?', { text: 'Yaad aaminsan tahay?', status: 'reviewed' })
  ids.draft = await make(3, 'Mikä lisäisi turvallisuutta & luottamusta <naapurustossa>?', {
    text: 'Maxaa kordhin lahaa?',
    status: 'draft',
  })
})
afterAll(async () => {
  await portal?.stop()
})

const unit = (id: string) => `discussion-questions:${id}:text`

describe('export', () => {
  test('gives the Somali texts that need work as XLIFF 2.0, with the Finnish source and any draft', async () => {
    const res = await exportSomali()
    expect(res.status).toBe(200)
    expect(res.type).toMatch(/application\/xliff\+xml/)
    expect(res.text).toContain(
      '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fi" trgLang="so">',
    )
    expect(res.text).toContain(`<unit id="${unit(ids.missing)}">`)
    expect(res.text).toContain(`<unit id="${unit(ids.draft)}">`)
    expect(res.text).not.toContain(`<unit id="${unit(ids.reviewed)}">`)
    // Special characters are escaped, the draft comes along as the current target.
    expect(res.text).toContain('Mikä lisäisi turvallisuutta &amp; luottamusta &lt;naapurustossa&gt;?')
    expect(res.text).toContain('<target xml:space="preserve">Maxaa kordhin lahaa?</target>')
  })

  test('is for editors and admins only, and for a real target language', async () => {
    expect((await exportSomali(organizerToken)).status).toBe(403)
    expect((await call('GET', '/api/translations/xliff?language=so')).status).toBe(401)
    const fi = await call('GET', '/api/translations/xliff?language=fi', editorToken)
    expect(fi.status).toBe(400)
    expect(JSON.parse(fi.text).errors[0].message).toMatch(/Kohdekieli ”fi” ei ole/)
  })
})

describe('import', () => {
  let exported: string

  beforeAll(async () => {
    exported = (await exportSomali()).text
  })

  test('a malformed file is refused with a message and changes nothing', async () => {
    const before = await question(ids.draft)
    const broken = translate(exported, unit(ids.draft), 'Wax kale').replace('</xliff>', '')
    const res = await importFile(broken)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([
      { message: expect.stringMatching(/ei ole kelvollista XML:ää.*Mitään ei muutettu/) },
    ])
    expect((await question(ids.draft)).text.so).toBe(before.text.so)
  })

  test('an entity bomb, an XLIFF 1.2 file and a file for another language are refused, nothing changes', async () => {
    const bomb =
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>` +
      exported.replace(/^<\?xml[^>]*\?>/, '').replace('Maxaa kordhin lahaa?', '&lol2;')
    expect((await importFile(bomb)).body.errors[0].message).toMatch(/DOCTYPE- tai ENTITY-määrittely/)
    const v12 = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="fi" target-language="so"><body><trans-unit id="x"><source>a</source><target>b</target></trans-unit></body></file></xliff>`
    expect((await importFile(v12)).body.errors[0].message).toMatch(/ei ole XLIFF 2 -tiedosto/)
    const arabic = translate(exported, unit(ids.missing), 'أين').replace('trgLang="so"', 'trgLang="ar"')
    const wrong = await importFile(arabic)
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].message).toMatch(/”ar”.*”so”/)
    const english = await call('POST', '/api/translations/xliff?language=so', editorToken, arabic, undefined, 'en')
    expect(JSON.parse(english.text).errors[0].message).toBe(
      'The file’s target language is “ar”, but you are importing “so”. Nothing was changed.',
    )
    const q = await question(ids.missing)
    expect(q.text.so ?? null).toBeNull()
    expect(q.text.ar ?? null).toBeNull()
  })

  test('an organizer cannot import', async () => {
    const res = await importFile(translate(exported, unit(ids.missing), 'Xagee'), '?language=so', organizerToken)
    expect(res.status).toBe(403)
    expect((await question(ids.missing)).text.so ?? null).toBeNull()
  })

  test('round trip: translated units are written, as a draft or, when final, as reviewed by the importer', async () => {
    let xml = translate(exported, unit(ids.missing), 'Xagee ayaad ku dareentaa ammaan?')
    xml = translate(xml, unit(ids.draft), 'Maxaa kordhin lahaa ammaanka iyo kalsoonida xaafadda?', true)
    xml = xml.replace(
      '</file>',
      `<unit id="discussion-questions:does-not-exist:text"><segment><source>x</source><target>y</target></segment></unit>\n  </file>`,
    )
    const res = await importFile(xml)
    expect(res.status).toBe(200)
    expect(res.body.updated.map((u: { id: string }) => u.id).sort()).toEqual(
      [unit(ids.missing), unit(ids.draft)].sort(),
    )
    expect(res.body.refused).toEqual([
      { id: 'discussion-questions:does-not-exist:text', reason: 'Tekstiä ei löydy (se on ehkä poistettu).' },
    ])
    // The theme's name is exported too (its Somali is missing) but was left untranslated.
    expect(res.body.skipped).toEqual([{ id: expect.stringMatching(/^themes:/), reason: 'Käännös puuttuu.' }])
    expect(res.body.message).toBe('Tuonti valmis: 2 päivitetty, 1 ohitettu, 1 hylätty.')

    const missing = await question(ids.missing)
    expect(missing.text.so).toBe('Xagee ayaad ku dareentaa ammaan?')
    expect(missing.translationStatus.so).toBe('draft')
    expect(missing.text.fi).toBe('Missä tunnet olosi turvalliseksi?')
    const draft = await question(ids.draft)
    expect(draft.text.so).toBe('Maxaa kordhin lahaa ammaanka iyo kalsoonida xaafadda?')
    expect(draft.translationStatus.so).toBe('reviewed')
    expect(draft.reviewedBy.so).toBeTruthy()

    // Reviewed texts no longer need work, so the next export leaves them out.
    const next = await exportSomali()
    expect(next.text).not.toContain(`<unit id="${unit(ids.draft)}">`)
    expect(next.text).toContain(`<unit id="${unit(ids.missing)}">`)
  })

  test('a stale file cannot overwrite newer work: units whose Finnish source changed are skipped', async () => {
    const stale = translate(exported, unit(ids.missing), 'Tarjumad hore')
    await payload.update({
      collection: 'discussion-questions',
      id: ids.missing,
      locale: 'fi',
      data: { text: 'Missä ja milloin tunnet olosi turvalliseksi?' } as never,
      overrideAccess: true,
    })
    const res = await importFile(stale)
    expect(res.status).toBe(200)
    expect(res.body.updated).toEqual([])
    expect(res.body.skipped).toContainEqual({
      id: unit(ids.missing),
      reason: expect.stringMatching(/lähdeteksti on muuttunut/),
    })
    expect((await question(ids.missing)).text.so).toBe('Xagee ayaad ku dareentaa ammaan?')
    // The old file also still carries the draft that has since been reviewed in the portal: not taken.
    expect(res.body.skipped).toContainEqual({
      id: unit(ids.draft),
      reason: expect.stringMatching(/jo tarkastettu käännös/),
    })
    const draft = await question(ids.draft)
    expect(draft.text.so).toBe('Maxaa kordhin lahaa ammaanka iyo kalsoonida xaafadda?')
    expect(draft.translationStatus.so).toBe('reviewed')
  })
})
