import path from 'node:path'

/**
 * Uploads live beside the embedded database, outside the repository, or in
 * UPLOAD_DIR: a folder every web instance shares (NFS or the like) when the
 * portal runs on several machines.
 */
export function uploadDir(kind: 'files' | 'media'): string {
  const base = process.env.UPLOAD_DIR || path.join(process.env.DATA_DIR || path.join(process.cwd(), 'data'), 'uploads')
  return path.resolve(base, kind)
}
