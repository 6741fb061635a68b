import { ConfigurationError } from '../config/ConfigurationError'

/**
 * What this process does. `all` (the default) serves pages and the API and
 * works the job queue itself: one process for one machine. With several
 * machines, web instances run as `web` (no jobs at all, not even scheduling)
 * and `npm run worker` runs the jobs, in as many workers as wanted.
 */
export type PortalRole = 'all' | 'web' | 'worker'

const roles: PortalRole[] = ['all', 'web', 'worker']

export function portalRole(env: NodeJS.ProcessEnv = process.env): PortalRole {
  const value = (env.PORTAL_ROLE ?? '').trim() || 'all'
  if (!roles.includes(value as PortalRole))
    throw new ConfigurationError(`PORTAL_ROLE must be one of ${roles.join(', ')} (it is "${value}").`)
  return value as PortalRole
}
