import { ConfigurationError } from '../config/ConfigurationError'

/** KEEP_SHARED_PAGES: whether this instance keeps its own one-second copies of the public pages (./sharedPageCopies.ts). */
export function keepsSharedPages(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.KEEP_SHARED_PAGES
  if (value === undefined || value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new ConfigurationError(`KEEP_SHARED_PAGES must be true or false, not “${value}”.`)
}
