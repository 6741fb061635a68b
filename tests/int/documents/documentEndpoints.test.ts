/**
 * The document endpoints through Payload's real REST route handlers: who may
 * download what, the download's file name header, and the scribe-form round
 * trip with every refusal leaving no report behind.
 */
import JSZip from 'jszip'
import type { Payload } from 'payload'

import type { Session } from '../../../src/payload-types'
import { fillWordTables, openZip, part, wordParagraphs } from '../../helpers/ooxml'
import { restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

const DEMO_PASSWORD = 'hyvat-suhteet-demo'
const OTHER_PASSWORD = 'toisen-kunnan-salasana-42'

let portal: TestPortal
let payload: Payload
type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let handlers: { GET: Handler; POST: Handler }
const tokens: Record<'coordinator' | 'organizer' | 'otherCoordinator' | 'editor', string> = {} as never
let projectId: string
let eventId: string
let sessions: Session[]

async function call(
  method: 'GET' | 'POST',
  path: string,
  init: { token?: string; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<Response> {
  const url = `http://localhost/api${path}`
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  const request = new Request(url, { method, headers, body: init.body })
  const slug = new URL(url).pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer())
const reportCount = async () => (await payload.count({ collection: 'reports' })).totalDocs

function uploadForm(data: Buffer, name = 'lomake.docx'): FormData {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(data)], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
    name,
  )
  return form
}

beforeAll(async () => {
  portal = await startPayload({ seed: true, demo: true })
  payload = portal.payload
  const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../payload.config')
  handlers = { GET: REST_GET(config) as Handler, POST: REST_POST(config) as Handler }
  const rest = await restClient(payload)

  const project = (await payload.find({ collection: 'projects', where: { isExample: { equals: true } }, depth: 0 }))
    .docs[0]
  projectId = String(project.id)
  eventId = String(
    (await payload.find({ collection: 'decision-events', where: { project: { equals: projectId } }, depth: 0 })).docs[0]
      .id,
  )
  sessions = (
    await payload.find({
      collection: 'sessions',
      where: { project: { equals: projectId } },
      depth: 1,
      limit: 0,
      pagination: false,
    })
  ).docs

  const other = await payload.create({
    collection: 'municipalities',
    data: { name: 'Toisenlaisela', region: 'uusimaa', phase: 'none', isExample: true } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'users',
    data: {
      email: 'koordinaattori.toinen@example.org',
      password: OTHER_PASSWORD,
      name: 'Toisen kunnan koordinaattori',
      role: 'coordinator',
      municipalities: [other.id],
    } as never,
    overrideAccess: true,
  })
  tokens.coordinator = await rest.login('coordinator@example.org', DEMO_PASSWORD)
  tokens.organizer = await rest.login('organizer@example.org', DEMO_PASSWORD)
  tokens.editor = await rest.login('editor@example.org', DEMO_PASSWORD)
  tokens.otherCoordinator = await rest.login('koordinaattori.toinen@example.org', OTHER_PASSWORD)
}, 300_000)

afterAll(async () => {
  await portal?.stop()
})

const arabicSession = () => sessions.find((s) => (s.language as { code: string }).code === 'ar')!
const somaliSession = () => sessions.find((s) => (s.language as { code: string }).code === 'so')!

describe('downloads and access', () => {
  it('the project’s coordinator downloads a session’s scribe form, named safely even with non-ASCII letters', async () => {
    const res = await call('GET', `/documents/sessions/${arabicSession().id}/scribe-form.docx`, {
      token: tokens.coordinator,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    const disposition = res.headers.get('content-disposition')!
    // An ASCII fallback, then the exact UTF-8 name (RFC 6266 / 5987).
    expect(disposition).toMatch(
      /^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+^`|-]+\.docx$/,
    )
    const exact = decodeURIComponent(disposition.split("filename*=UTF-8''")[1])
    expect(exact).toContain('Esimerkkilän')
    expect(exact).toContain('– kirjurilomake-ar.docx')
    expect(disposition.split('"')[1]).toContain('Esimerkkilan')
    const zip = await openZip(await bytes(res))
    expect(await part(zip, '[Content_Types].xml')).toContain('wordprocessingml.document.main+xml')
    expect(await part(zip, 'docProps/core.xml')).toContain('<dc:language>ar-SA</dc:language>')
  })

  it('names each language version apart, so two languages never overwrite each other in Downloads', async () => {
    const names: string[] = []
    for (const path of [
      `/documents/sessions/${arabicSession().id}/scribe-form.docx?lang=fi`,
      `/documents/sessions/${arabicSession().id}/invitation.docx`,
      `/documents/projects/${projectId}/results.pptx?lang=sv`,
      `/documents/events/${eventId}/grid.pptx?lang=fi`,
    ]) {
      const res = await call('GET', path, { token: tokens.coordinator })
      expect(res.status).toBe(200)
      names.push(decodeURIComponent(res.headers.get('content-disposition')!.split("filename*=UTF-8''")[1]))
      const core = await part(await openZip(await bytes(res)), 'docProps/core.xml')
      expect(core).toMatch(/<dc:language>(fi-FI|ar-SA|sv-FI)<\/dc:language>/)
    }
    expect(names.map((n) => n.match(/-(\w+)\.(docx|pptx)$/)?.[1])).toEqual(['fi', 'ar', 'sv', 'fi'])
  })

  it.each([
    ['sessions', 'scribe-form.docx'],
    ['sessions', 'invitation.docx'],
    ['projects', 'card-deck.pptx'],
    ['projects', 'results.pptx'],
    ['events', 'invitation.docx?lang=sv'],
    ['events', 'grid.pptx'],
    ['events', 'card-deck.pptx'],
  ])('a coordinator of another municipality gets 403 for %s/%s, a visitor 401', async (kind, name) => {
    const id = kind === 'sessions' ? arabicSession().id : kind === 'projects' ? projectId : eventId
    const other = await call('GET', `/documents/${kind}/${id}/${name}`, {
      token: tokens.otherCoordinator,
      headers: { 'Accept-Language': 'fi' },
    })
    expect(other.status).toBe(403)
    expect((await other.json()).errors[0].message).toBe('Sinulla ei ole oikeutta tähän asiakirjaan.')
    expect((await call('GET', `/documents/${kind}/${id}/${name}`)).status).toBe(401)
    const own = await call('GET', `/documents/${kind}/${id}/${name}`, { token: tokens.coordinator })
    expect(own.status).toBe(200)
  })

  it('answers 404 for a record that does not exist', async () => {
    const res = await call('GET', `/documents/sessions/00000000-0000-4000-8000-000000000000/scribe-form.docx`, {
      token: tokens.coordinator,
    })
    expect(res.status).toBe(404)
  })

  it('the partner NGO’s organizer downloads their session’s form and the project’s deck', async () => {
    expect(
      (await call('GET', `/documents/sessions/${arabicSession().id}/scribe-form.docx`, { token: tokens.organizer }))
        .status,
    ).toBe(200)
    expect(
      (await call('GET', `/documents/projects/${projectId}/card-deck.pptx`, { token: tokens.organizer })).status,
    ).toBe(200)
  })

  it('anyone downloads the library’s blank materials in a material language; other languages are refused clearly', async () => {
    const res = await call('GET', '/documents/library/invitation-pack.docx?lang=so')
    expect(res.status).toBe(200)
    const paragraphs = wordParagraphs(await part(await openZip(await bytes(res)), 'word/document.xml'))
    expect(paragraphs[0].text).toBe('Casuumad kulan wada-hadal')
    expect((await call('GET', '/documents/library/grid.pptx?lang=sv')).status).toBe(200)
    const refused = await call('GET', '/documents/library/event-invitation.docx?lang=so', {
      headers: { 'Accept-Language': 'en' },
    })
    expect(refused.status).toBe(400)
    expect((await refused.json()).errors[0].message).toContain('Choose one of: fi, sv')
  })
})

describe('scribe form round trip', () => {
  it('a form filled in Word comes back as a draft report with every answer matched to its question', async () => {
    const session = arabicSession()
    const res = await call('GET', `/documents/sessions/${session.id}/scribe-form.docx`, { token: tokens.organizer })
    const blank = await bytes(res)
    const questions = [...(await part(await openZip(blank), 'word/document.xml')).matchAll(/\[\[q:([^\]]+)\]\]/g)].map(
      (m) => m[1],
    )
    expect(questions.length).toBeGreaterThan(3)
    const fills: Record<string, string[]> = {}
    questions.forEach((id, i) => {
      fills[`[[q:${id}]]`] = [`ملاحظة رقم ${i + 1}\nسطر ثانٍ`, `Muistiinpano ${i + 1} suomeksi`]
    })
    fills['[[s:general]]'] = ['Keskustelu oli vilkasta.']
    fills['[[s:proposals]]'] = ['Tiedotteet myös arabiaksi.']
    const filled = await fillWordTables(blank, fills)

    const before = await reportCount()
    const upload = await call('POST', `/documents/sessions/${session.id}/scribe-form`, {
      token: tokens.organizer,
      body: uploadForm(filled),
      headers: { 'Accept-Language': 'fi' },
    })
    expect(upload.status).toBe(201)
    const body = await upload.json()
    expect(body.message).toContain(`${questions.length} vastausta`)
    expect(await reportCount()).toBe(before + 1)

    const report = await payload.findByID({ collection: 'reports', id: body.doc.id, depth: 0 })
    expect(report.status).toBe('draft')
    expect(String(report.session)).toBe(String(session.id))
    expect(report.answers!.map((a) => String(a.question))).toEqual(questions)
    report.answers!.forEach((a, i) => {
      expect(a.original).toBe(`ملاحظة رقم ${i + 1}\nسطر ثانٍ`)
      expect(a.finnish).toBe(`Muistiinpano ${i + 1} suomeksi`)
    })
    expect(report.generalObservations).toBe('Keskustelu oli vilkasta.')
    expect(report.proposals).toBe('Tiedotteet myös arabiaksi.')
    expect(report.positiveExperiences ?? null).toBeNull()
  })

  it('also accepts the file as the raw request body', async () => {
    const session = somaliSession()
    const blank = await bytes(
      await call('GET', `/documents/sessions/${session.id}/scribe-form.docx`, { token: tokens.coordinator }),
    )
    const filled = await fillWordTables(blank, { '[[s:positive]]': ['Naapurit auttavat.'] })
    const res = await call('POST', `/documents/sessions/${session.id}/scribe-form`, {
      token: tokens.coordinator,
      body: new Uint8Array(filled),
      headers: { 'Content-Type': 'application/octet-stream' },
    })
    expect(res.status).toBe(201)
    expect((await res.json()).doc.positiveExperiences).toBe('Naapurit auttavat.')
  })

  describe('refusals store nothing', () => {
    async function refusedWith(
      data: Buffer | Uint8Array,
      status: number,
      message: string,
      token = tokens.organizer,
      session = arabicSession(),
    ) {
      const before = await reportCount()
      const res = await call('POST', `/documents/sessions/${session.id}/scribe-form`, {
        token,
        body: uploadForm(Buffer.from(data)),
        headers: { 'Accept-Language': 'en' },
      })
      expect(res.status).toBe(status)
      expect((await res.json()).errors[0].message).toContain(message)
      expect(await reportCount()).toBe(before)
    }

    it('a file that is not a docx, whatever its name', async () => {
      await refusedWith(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n'), 400, 'not a Word document')
      const xlsx = new JSZip()
      xlsx.file(
        '[Content_Types].xml',
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      )
      await refusedWith(await xlsx.generateAsync({ type: 'nodebuffer' }), 400, 'not a Word document')
    })

    it('a file over 10 MB', async () => {
      await refusedWith(Buffer.alloc(10 * 1024 * 1024 + 1, 0x50), 413, 'at most 10 MB')
    })

    it('an archive with over 1,000 entries', async () => {
      const zip = new JSZip()
      zip.file(
        '[Content_Types].xml',
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      )
      for (let i = 0; i < 1001; i++) zip.file(`word/media/x${i}.txt`, 'x')
      await refusedWith(await zip.generateAsync({ type: 'nodebuffer' }), 400, 'over 1,000 parts')
    })

    it('an archive that unpacks to over 50 MB', async () => {
      const zip = new JSZip()
      zip.file(
        '[Content_Types].xml',
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      )
      zip.file('word/document.xml', Buffer.alloc(51 * 1024 * 1024, 0x20))
      const data = await zip.generateAsync({
        type: 'nodebuffer',
        compression: 'DEFLATE',
        compressionOptions: { level: 9 },
      })
      expect(data.length).toBeLessThan(10 * 1024 * 1024)
      await refusedWith(data, 400, 'over 50 MB')
    })

    it('a form made for another session', async () => {
      const form = await bytes(
        await call('GET', `/documents/sessions/${somaliSession().id}/scribe-form.docx`, { token: tokens.organizer }),
      )
      const filled = await fillWordTables(form, { '[[s:general]]': ['Väärä tilaisuus.'] })
      await refusedWith(filled, 409, 'belongs to another discussion session')
    })

    it('a Word document that is not a portal form', async () => {
      const invitation = await bytes(await call('GET', '/documents/library/invitation-pack.docx?lang=fi'))
      await refusedWith(invitation, 422, 'not a scribe form from the portal')
    })

    it('an upload by a coordinator of another municipality', async () => {
      const form = await bytes(
        await call('GET', `/documents/sessions/${arabicSession().id}/scribe-form.docx`, { token: tokens.organizer }),
      )
      await refusedWith(form, 403, 'do not have access', tokens.otherCoordinator)
    })
  })
})
