import { revalidatePath } from 'next/cache'

import { forgetSharedCopies } from '../http/sharedPageCopies'

/**
 * Drops whatever Next.js holds of the portal's pages so the next visitor gets
 * fresh content (the pages render per request for their CSP nonce, so today
 * that is little more than the client's router cache). The
 * pages are linked together (home counts materials, the library lists them, the
 * municipality pages show actions), so the whole portal goes, not one path.
 * Outside a Next.js request (seeding, scripts, integration tests) there is no
 * cache to drop and Next throws; that is expected and ignored.
 */
export function revalidatePortal(): void {
  // This instance's own copies of the public pages (KEEP_SHARED_PAGES), kept for a second.
  forgetSharedCopies()
  try {
    revalidatePath('/', 'layout')
  } catch {
    // not inside a Next.js server request
  }
}
