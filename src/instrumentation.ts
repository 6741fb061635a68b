/**
 * Runs once when the server starts. A misconfigured server stops here with one
 * sentence instead of failing on its first visitor; in production the database
 * is connected, migrated and (when empty) seeded before the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Before anything slow: every request from now on carries its socket's address (src/http/clientAddress.ts),
  // and over https every response tells the browser to stay on https (src/security/headers.mjs).
  const [{ stampPeerAddress }, { onEveryRequest }, { drainOnSigterm, isDraining }, { transportSecurity }, http, https] =
    await Promise.all([
      import('./http/clientAddress'),
      import('./http/onEveryRequest'),
      import('./http/draining'),
      import('./security/headers.mjs'),
      import('node:http'),
      import('node:https'),
    ])
  const hsts = transportSecurity()
  drainOnSigterm()
  onEveryRequest([http.Server, https.Server], (req, res) => {
    stampPeerAddress(req)
    if (hsts) res.setHeader('Strict-Transport-Security', hsts)
    if (isDraining()) res.setHeader('Connection', 'close')
  })
  const { readSettingsOrExit } = await import('./config/readSettings')
  readSettingsOrExit()
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await getPayload({ config })
  }
}
