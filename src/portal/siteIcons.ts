import type { Metadata } from 'next'

/** The favicon and app icons in public/ (the SVG is the source the PNGs and the .ico were drawn from). */
export const siteIcons: Pick<Metadata, 'icons' | 'manifest'> = {
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '16x16 32x32' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: { url: '/apple-touch-icon.png', sizes: '180x180' },
  },
  manifest: '/site.webmanifest',
}
