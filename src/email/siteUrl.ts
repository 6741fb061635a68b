import type { Payload } from 'payload'

/** The public address links in mail point at. */
export function siteUrl(payload: Payload): string {
  return (payload.config.serverURL || process.env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
}
