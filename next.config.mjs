import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaderRoutes } from './src/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The portal's own pages send their own Cache-Control; the admin is never cached.
  poweredByHeader: false,
  // Lets several builds (e.g. parallel test runs) live side by side; `npm start` uses the default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
  // `npm test` type-checks the whole tree (tests included) as its own step; the build only compiles.
  typescript: { ignoreBuildErrors: true },
  // Content-Security-Policy, nosniff, Referrer-Policy, Permissions-Policy, no framing (src/security/headers.mjs).
  headers: async () => securityHeaderRoutes(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
