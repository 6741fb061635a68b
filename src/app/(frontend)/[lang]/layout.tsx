import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { getTranslator } from '@/i18n/getTranslator'
import { directionOf, isContentLocale } from '@/i18n/locales'

import '../styles.css'

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params
  if (!isContentLocale(lang)) notFound()
  const t = await getTranslator(lang)
  return (
    <html lang={lang} dir={directionOf(lang)}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
      </body>
    </html>
  )
}
