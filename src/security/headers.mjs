/**
 * The security headers of every response, portal and admin alike (next.config.mjs sends them;
 * Strict-Transport-Security depends on SERVER_URL at run time and is set by the server itself,
 * see transportSecurity below and src/instrumentation.ts).
 *
 * The Content-Security-Policy allows this origin only: no third-party script, style, font, image,
 * frame or connection, no plug-ins, no framing of the portal by anyone (`frame-ancestors 'none'`),
 * forms post only here. Inline scripts are still allowed: Next.js writes each page's data as inline
 * scripts, and the public pages are rendered once and cached (ISR), so a per-request nonce cannot
 * be given to them; see the README's security section.
 */

/** @param {{ admin: boolean }} options */
export function contentSecurityPolicy({ admin }) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
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

/** @param {{ admin: boolean }} options */
export function securityHeaders({ admin }) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ admin }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}

/** next.config.mjs `headers()`: the admin's rules on /admin, the portal's everywhere else (the API included). */
export function securityHeaderRoutes() {
  return [
    { source: '/:path((?!admin(?:/|$)).*)', headers: securityHeaders({ admin: false }) },
    { source: '/admin', headers: securityHeaders({ admin: true }) },
    { source: '/admin/:path*', headers: securityHeaders({ admin: true }) },
  ]
}

/** Strict-Transport-Security for a site served over https (SERVER_URL), else nothing. */
export function transportSecurity(serverUrl = process.env.SERVER_URL ?? '') {
  return /^https:\/\//i.test(serverUrl) ? 'max-age=31536000' : null
}
