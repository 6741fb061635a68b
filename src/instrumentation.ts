/**
 * Runs once when the server starts. A misconfigured server stops here with one
 * sentence instead of failing on its first visitor; in production the database
 * is connected, migrated and (when empty) seeded before the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { readSettingsOrExit } = await import('./config/readSettings')
  readSettingsOrExit()
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await getPayload({ config })
  }
}
