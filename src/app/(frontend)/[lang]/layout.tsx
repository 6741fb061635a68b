import '../styles.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { DesignTokens } from '@/components/portal/DesignTokens'
import { siteUrl } from '@/http/siteUrl'
import { getTranslator } from '@/i18n/getTranslator'
import { directionOf, isContentLocale } from '@/i18n/locales'
import { siteIcons } from '@/portal/siteIcons'

// Pages are rendered on their first request and cached; nothing here may need the database at build time.
export function generateStaticParams() {
  return []
}

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
