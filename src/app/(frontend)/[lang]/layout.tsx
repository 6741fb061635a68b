import '../styles.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import type { ReactNode } from 'react'

import { DesignTokens } from '@/components/portal/DesignTokens'
import { siteUrl } from '@/http/siteUrl'
import { getTranslator } from '@/i18n/getTranslator'
import { directionOf, isContentLocale } from '@/i18n/locales'
import { siteIcons } from '@/portal/siteIcons'

// Every page is rendered for its request: the proxy gives each response its own CSP nonce
// (src/proxy.ts), which Next.js writes into the page's inline scripts.

export async function generateMetadata(): Promise<Metadata> {
  return { metadataBase: new URL(siteUrl()), ...siteIcons }
}

export default async function LangLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ lang: string }>
}) {
  await connection()
  const { lang } = await params
  if (!isContentLocale(lang)) notFound()
  const t = await getTranslator(lang)
  return (
    <html lang={lang} dir={directionOf(lang)}>
      <head>
        <DesignTokens />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
      </body>
    </html>
  )
}
