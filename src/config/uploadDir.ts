import path from 'node:path'

/** Uploads live beside the embedded database, outside the repository. */
export function uploadDir(kind: 'files' | 'media'): string {
  return path.resolve(process.env.DATA_DIR || path.join(process.cwd(), 'data'), 'uploads', kind)
}
