/**
 * Uploads to `files` and `media` are judged by their bytes, not their names: a zip bomb named
 * .docx, a text named .pdf, a PDF named .png and an SVG with script are refused at the file field
 * with a sentence and nothing is stored; real files still go in.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import JSZip from 'jszip'

import { buildWorld, countAll, PASSWORD, pdfFile, pngFile, type World } from '../../helpers/fixtures'
import { restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'
import { type Ask, messages, routeClient } from './askRoutes'

let portal: TestPortal
let w: World
let ask: Ask
let token = ''

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = (process.env.LOG_LEVEL ?? 'fatal') as 'fatal'
  w = await buildWorld(portal.payload)
  token = await (await restClient(portal.payload)).login(w.emails.editor, PASSWORD)
  ask = await routeClient()
})
afterAll(async () => {
  await portal?.stop()
})

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

async function docx(extra: Record<string, Uint8Array | string> = {}): Promise<Buffer> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', contentTypes)
  zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
  for (const [name, content] of Object.entries(extra)) zip.file(name, content)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}

async function upload(collection: 'files' | 'media', data: Buffer, name: string, mimetype: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: mimetype }), name)
  form.append('_payload', JSON.stringify(collection === 'media' ? { alt: 'Kuva' } : { title: 'Opas' }))
  return ask('POST', `/api/${collection}`, { body: form, token, language: 'en' })
}

describe('files', () => {
  test('a zip bomb named .docx is refused at the file field, not stored', async () => {
    const bomb = await docx({ 'word/media/zeros.bin': new Uint8Array(30 * 1024 * 1024) })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const before = await countAll(portal.payload, 'files')
    const res = await upload('files', bomb, 'raportti.docx', docxType)
    expect(res.status).toBe(400)
    expect(messages(res)).toContainEqual({
      path: 'file',
      message: expect.stringContaining('The file unpacks to far more than a document can hold'),
    })
    expect(await countAll(portal.payload, 'files')).toBe(before)
  })

  test('a zip without the Word main part, named .docx, is refused', async () => {
    const zip = new JSZip()
    zip.file('readme.txt', 'not a document')
    const data = await zip.generateAsync({ type: 'nodebuffer' })
    const res = await upload('files', data, 'raportti.docx', docxType)
    expect(res.status).toBe(400)
    expect(messages(res)[0].message).toMatch(/not what its type says/)
  })

  test('text named .pdf is refused', async () => {
    const before = await countAll(portal.payload, 'files')
    const res = await upload('files', Buffer.from('just text, honestly'), 'opas.pdf', 'application/pdf')
    expect(res.status).toBe(400)
    expect(await countAll(portal.payload, 'files')).toBe(before)
  })

  test('a real Word document and a real PDF are stored', async () => {
    expect((await upload('files', await docx(), 'opas.docx', docxType)).status).toBe(201)
    const pdf = pdfFile()
    expect((await upload('files', pdf.data, pdf.name, pdf.mimetype)).status).toBe(201)
  })
})

describe('media', () => {
  test('a PDF named .png is refused', async () => {
    const pdf = pdfFile()
    const res = await upload('media', pdf.data, 'kuva.png', 'image/png')
    expect(res.status).toBe(400)
  })

  test('an SVG with script is refused with its own sentence', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const before = await countAll(portal.payload, 'media')
    const res = await upload('media', svg, 'kuva.svg', 'image/svg+xml')
    expect(res.status).toBe(400)
    expect(messages(res)[0].message).toMatch(/script/)
    expect(await countAll(portal.payload, 'media')).toBe(before)
  })

  test('a real PNG is stored', async () => {
    const png = pngFile()
    expect((await upload('media', png.data, png.name, png.mimetype)).status).toBe(201)
  })
})
