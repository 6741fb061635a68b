import { fileURLToPath } from 'node:url'

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
  // Several instances share one cache, and a publish revalidates it for all (src/cache/cacheHandler.mjs);
  // no per-instance memory copy, which would keep serving what another instance revalidated.
  ...(process.env.REDIS_URL
    ? { cacheHandler: fileURLToPath(new URL('./src/cache/cacheHandler.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
    : {}),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
