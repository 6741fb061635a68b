import './(frontend)/styles.css'

import type { Metadata } from 'next'

import { DesignTokens } from '@/components/portal/DesignTokens'
import { notFoundLanguage } from '@/components/portal/notFoundLanguage'
import { NotFoundPage } from '@/components/portal/NotFoundPage'
import { getTranslator } from '@/i18n/getTranslator'
import { directionOf } from '@/i18n/locales'
import { siteIcons } from '@/portal/siteIcons'

export const metadata: Metadata = { ...siteIcons }

/**
 * The HTML of a missing page's first load. The portal's root layout sits
 * under its [lang] segment (and the admin has its own), so Next.js renders a
 * 404 from here, as a whole document like that layout's, in the language of
 * the address. Navigations inside the site use [lang]/not-found.tsx; both
 * show the same page. No database here: Next.js also renders this at build.
 */
export default async function RootNotFound() {
  const lang = await notFoundLanguage()
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
        <NotFoundPage lang={lang} withSettings={false} />
      </body>
    </html>
  )
}
