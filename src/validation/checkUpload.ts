import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { FieldRefusal } from '../errors/FieldRefusal'
import type { MessageKey } from '../i18n/translate'

/** What an uploaded Office file may unpack to: far beyond any real document, far below a zip bomb. */
export const archiveLimits = {
  maxEntries: 5000,
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** Beyond this size, unpacking to more than `maxRatio` times the packed size is a bomb, not a document. */
  ratioFrom: 10 * 1024 * 1024,
  maxRatio: 100,
}

/** The main part each Office type declares in its [Content_Types].xml. */
const officeMainParts: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation':
    'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
}

type Problem = { key: MessageKey; values?: Record<string, unknown> }

type ZipEntry = { name: string; packed: number; unpacked: number; method: number; offset: number }

/**
 * A zip's central directory, read without inflating anything (the sizes it claims are what a bomb
 * would unpack to). ZIP64 and broken archives are refused: an Office document needs neither.
 */
function zipDirectory(data: Buffer): ZipEntry[] | Problem {
  const broken: Problem = { key: 'errors.upload.notWhatItSays' }
  const minEocd = 22
  const start = Math.max(0, data.length - minEocd - 0xffff)
  let eocd = -1
  for (let i = data.length - minEocd; i >= start; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return broken
  const count = data.readUInt16LE(eocd + 10)
  const size = data.readUInt32LE(eocd + 12)
  const offset = data.readUInt32LE(eocd + 16)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { key: 'errors.upload.archiveTooLarge' }
  if (count > archiveLimits.maxEntries) return { key: 'errors.upload.archiveTooLarge' }
  if (offset + size > data.length) return broken
  const entries: ZipEntry[] = []
  let p = offset
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) return broken
    const nameLength = data.readUInt16LE(p + 28)
    entries.push({
      method: data.readUInt16LE(p + 10),
      packed: data.readUInt32LE(p + 20),
      unpacked: data.readUInt32LE(p + 24),
      offset: data.readUInt32LE(p + 42),
      name: data.toString('utf8', p + 46, p + 46 + nameLength),
    })
    p += 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32)
  }
  return entries
}

/** The stored (or deflated) bytes of a small entry, inflated within a small budget. */
async function readSmallEntry(data: Buffer, entry: ZipEntry): Promise<string | undefined> {
  if (entry.unpacked > 1024 * 1024 || entry.offset + 30 > data.length) return undefined
  const start = entry.offset + 30 + data.readUInt16LE(entry.offset + 26) + data.readUInt16LE(entry.offset + 28)
  const raw = data.subarray(start, start + entry.packed)
  if (entry.method === 0) return raw.toString('utf8')
  if (entry.method !== 8) return undefined
  const { inflateRawSync } = await import('node:zlib')
  try {
    return inflateRawSync(raw, { maxOutputLength: 1024 * 1024 }).toString('utf8')
  } catch {
    return undefined
  }
}

async function officeProblem(data: Buffer, mimetype: string): Promise<Problem | undefined> {
  if (data.length < 30 || data.readUInt32LE(0) !== 0x04034b50) return { key: 'errors.upload.notWhatItSays' }
  const entries = zipDirectory(data)
  if (!Array.isArray(entries)) return entries
  const unpacked = entries.reduce((sum, e) => sum + e.unpacked, 0)
  const tooLarge =
    unpacked > archiveLimits.maxUnpackedBytes ||
    (unpacked > archiveLimits.ratioFrom && unpacked > data.length * archiveLimits.maxRatio)
  if (tooLarge)
    return { key: 'errors.upload.archiveTooLarge', values: { mb: archiveLimits.maxUnpackedBytes / 2 ** 20 } }
  const types = entries.find((e) => e.name === '[Content_Types].xml')
  const declared = types ? await readSmallEntry(data, types) : undefined
  if (!declared?.includes(officeMainParts[mimetype])) return { key: 'errors.upload.notWhatItSays' }
  return undefined
}

const startsWith = (data: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b)

/** What each other accepted type's bytes begin with. */
const signatures: Record<string, (data: Buffer) => boolean> = {
  'application/pdf': (d) => d.subarray(0, 1024).includes('%PDF-'),
  'image/png': (d) => startsWith(d, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (d) => startsWith(d, [0xff, 0xd8, 0xff]),
  'image/webp': (d) => d.toString('latin1', 0, 4) === 'RIFF' && d.toString('latin1', 8, 12) === 'WEBP',
  'image/svg+xml': (d) => /<svg[\s>]/i.test(d.toString('utf8', 0, 4096)),
}

/** Script in an SVG would run on the portal's own origin when the image is opened. */
const activeSvg = /<script|<foreignObject|<!ENTITY|javascript:|\son[a-z]+\s*=/i

/** Why an uploaded file's bytes are not what its type says, or undefined when they are. */
export async function uploadProblem(data: Buffer, mimetype: string): Promise<Problem | undefined> {
  if (officeMainParts[mimetype]) return officeProblem(data, mimetype)
  const matches = signatures[mimetype]
  if (!matches || !matches(data)) return { key: 'errors.upload.notWhatItSays' }
  if (mimetype === 'image/svg+xml' && activeSvg.test(data.toString('utf8'))) return { key: 'errors.upload.activeSvg' }
  return undefined
}

/**
 * An upload's bytes, not its name, decide: a PDF must be a PDF, an Office file a zip that declares
 * its Office type and unpacks to a sane size (no zip bombs), an image the image its type names, an
 * SVG without script. Refused at the file field in the uploader's admin language.
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = req.file as { data?: Buffer; mimetype?: string; tempFilePath?: string }
  let data = file.data
  if ((!data || data.length === 0) && file.tempFilePath) {
    const { readFile } = await import('node:fs/promises')
    data = await readFile(file.tempFilePath)
  }
  const problem = await uploadProblem(data ?? Buffer.alloc(0), String(file.mimetype ?? ''))
  if (problem) throw new FieldRefusal(req as PayloadRequest, collection.slug, { path: 'file', ...problem })
  return args
}
