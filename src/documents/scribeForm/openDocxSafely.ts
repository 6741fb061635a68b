import JSZip from 'jszip'

import { ScribeFormError } from './ScribeFormError'

export const uploadLimits = {
  /** The uploaded file itself. */
  maxBytes: 10 * 1024 * 1024,
  /** Everything we inflate from it, and everything its directory claims. */
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxEntries: 1000,
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'

/**
 * The sizes a zip's central directory claims, read before anything is
 * inflated, so a zip bomb is refused without unpacking it. ZIP64 archives are
 * refused outright: a scribe form is a few hundred kilobytes.
 */
function readDirectory(data: Buffer): { entries: number; unpacked: number } {
  const minEocd = 22
  const start = Math.max(0, data.length - minEocd - 0xffff)
  let eocd = -1
  for (let i = data.length - minEocd; i >= start; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ScribeFormError('notDocx')
  const entries = data.readUInt16LE(eocd + 10)
  const size = data.readUInt32LE(eocd + 12)
  const offset = data.readUInt32LE(eocd + 16)
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ScribeFormError('tooManyEntries')
  if (entries > uploadLimits.maxEntries) throw new ScribeFormError('tooManyEntries')
  if (offset + size > data.length) throw new ScribeFormError('notDocx')
  let unpacked = 0
  let p = offset
  for (let n = 0; n < entries; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) throw new ScribeFormError('notDocx')
    unpacked += data.readUInt32LE(p + 24)
    if (unpacked > uploadLimits.maxUnpackedBytes) throw new ScribeFormError('unpacksTooLarge')
    p += 46 + data.readUInt16LE(p + 28) + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32)
  }
  return { entries, unpacked }
}

type StreamHelper = {
  on: (event: string, fn: (arg: Uint8Array) => void) => StreamHelper
  pause: () => StreamHelper
  resume: () => StreamHelper
}

export type SafeDocx = {
  /** Inflates one part, counting the bytes against the archive's budget as they come. */
  read: (name: string) => Promise<string | null>
}

/**
 * Opens an upload as a Word document, judging by its bytes rather than its
 * name: a zip (local-header signature) whose [Content_Types].xml declares the
 * WordprocessingML main part, within the size and entry limits.
 */
export async function openDocxSafely(data: Buffer): Promise<SafeDocx> {
  if (data.length > uploadLimits.maxBytes) throw new ScribeFormError('tooLarge', 413)
  if (data.length < 30 || data.readUInt32LE(0) !== 0x04034b50) throw new ScribeFormError('notDocx')
  readDirectory(data)
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false })
  } catch {
    throw new ScribeFormError('notDocx')
  }
  if (Object.keys(zip.files).length > uploadLimits.maxEntries) throw new ScribeFormError('tooManyEntries')
  let budget = uploadLimits.maxUnpackedBytes
  const read = (name: string) =>
    new Promise<string | null>((resolve, reject) => {
      const entry = zip.file(name)
      if (!entry) return resolve(null)
      const chunks: Uint8Array[] = []
      // internalStream is JSZip's streaming API (untyped): it lets us count bytes as they inflate.
      const stream = (entry as unknown as { internalStream: (type: 'uint8array') => StreamHelper }).internalStream(
        'uint8array',
      )
      stream
        .on('data', (chunk: Uint8Array) => {
          budget -= chunk.length
          if (budget < 0) {
            stream.pause()
            reject(new ScribeFormError('unpacksTooLarge'))
            return
          }
          chunks.push(chunk)
        })
        .on('error', () => reject(new ScribeFormError('notDocx')))
        .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        .resume()
    })
  const types = await read('[Content_Types].xml')
  if (!types || !types.includes(WORD_MAIN)) throw new ScribeFormError('notDocx')
  return { read }
}
