/**
 * The security headers of every response, portal and admin alike (next.config.mjs sends them;
 * Strict-Transport-Security depends on SERVER_URL at run time and is set by the server itself,
 * see transportSecurity below and src/instrumentation.ts).
 *
 * The Content-Security-Policy allows this origin only: no third-party script, style, font, image,
 * frame or connection, no plug-ins, no framing of the portal by anyone (`frame-ancestors 'none'`),
 * forms post only here.
 *
 * Scripts: the public pages (every address but /admin, /api, /_next and files) get their policy
 * from src/proxy.ts with a fresh nonce per request, `script-src 'self' 'nonce-…' 'strict-dynamic'`:
 * no inline script runs unless it carries that nonce, which Next.js writes into its own inline
 * scripts when it finds the nonce in the request's Content-Security-Policy header. The pages are
 * therefore rendered for each request (no ISR) and are not stored by shared caches, except by the
 * operator's own proxy, which writes a fresh nonce into each answer (./sharedCopy.ts). The admin keeps
 * `'unsafe-inline'`, which Payload's admin needs; the API and static files, which serve no pages of
 * ours, keep the same policy without a nonce (next.config.mjs). See the README's security section.
 */

/** @param {{ admin: boolean, nonce?: string }} options */
export function contentSecurityPolicy({ admin, nonce }) {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    // The admin previews uploads before they are saved (blob:); both draw small images inline (data:).
    admin ? "img-src 'self' data: blob:" : "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    admin ? "media-src 'self' blob:" : "media-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Browser features no page of the portal or the admin uses. */
export const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ')

/** The headers besides the Content-Security-Policy, the same on every response. */
export const otherSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/**
 * next.config.mjs `headers()`: the headers besides the CSP on every response; the admin's CSP on
 * /admin; the nonce-less portal CSP on the API, /_next and files (an address whose last part has a
 * dot). Every other address is a public page and gets its CSP, with a nonce, from src/proxy.ts,
 * whose matcher is the complement of these sources; a second policy here would be enforced too
 * and block the page's nonced scripts.
 */
export function securityHeaderRoutes() {
  const csp = (/** @type {boolean} */ admin) => [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ admin }) },
  ]
  return [
    { source: '/:path*', headers: otherSecurityHeaders },
    { source: '/admin', headers: csp(true) },
    { source: '/admin/:path*', headers: csp(true) },
    { source: '/api/:path*', headers: csp(false) },
    { source: '/_next/:path*', headers: csp(false) },
    { source: '/:path(.*\\.[^/]*)', headers: csp(false) },
  ]
}

/** Strict-Transport-Security for a site served over https (SERVER_URL), else nothing. */
export function transportSecurity(serverUrl = process.env.SERVER_URL ?? '') {
  return /^https:\/\//i.test(serverUrl) ? 'max-age=31536000' : null
}
