import { siteUrl } from './siteUrl'

/**
 * A link to the site's own address as a path ('/api/files/file/…' rather than
 * 'https://host/api/files/file/…'): shorter in pages that list many files,
 * and right whichever host name the visitor came by. Addresses elsewhere (an
 * S3 bucket) stay whole.
 */
export function sitePath(url: string): string {
  const origin = siteUrl()
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : url
}
