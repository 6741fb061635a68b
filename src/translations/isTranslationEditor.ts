import type { PayloadRequest } from 'payload'

/** Editors and admins keep the translations; the XLIFF endpoints and the overview are theirs. */
export function isTranslationEditor(req: PayloadRequest): boolean {
  const user = req.user as { collection?: string; role?: string } | null | undefined
  return user?.collection === 'users' && (user.role === 'admin' || user.role === 'editor')
}
