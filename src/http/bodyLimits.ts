import { uploadLimits as scribeFormLimits } from '../documents/scribeForm/openDocxSafely'
import { maxXliffBytes } from '../translations/xliff/parseXliff'

const MB = 1024 * 1024

/** Multipart framing and the form's other fields, on top of a file's own limit. */
const framing = 64 * 1024

/** A JSON body, a form, or an admin save (multipart with its `_payload`) anywhere in /api. */
export const defaultRequestLimit = 1 * MB

/** The files each upload collection takes, in bytes (see checkUpload for what the bytes must be). */
export const uploadCollectionLimits: Record<string, number> = {
  files: 20 * MB,
  media: 10 * MB,
}

/**
 * The most bytes a request to `pathname` may carry: 1 MB, more only where a file is uploaded (an
 * upload collection's multipart form, a scribe form or an XLIFF file, which may also come as the raw body).
 */
export function requestLimit(pathname: string, contentType: string): number {
  const [, api, first] = pathname.split('/')
  if (api !== 'api') return defaultRequestLimit
  if (first === 'documents') return scribeFormLimits.maxBytes + framing
  if (first === 'translations') return maxXliffBytes + framing
  if (contentType.startsWith('multipart/') && first && uploadCollectionLimits[first]) {
    return uploadCollectionLimits[first] + framing
  }
  return defaultRequestLimit
}
