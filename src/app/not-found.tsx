import './(frontend)/styles.css'

import type { Metadata } from 'next'

import { DesignTokens } from '@/components/portal/DesignTokens'
import { NotFoundContent } from '@/components/portal/NotFoundContent'
import { notFoundLanguage } from '@/components/portal/notFoundLanguage'
import { getTranslator } from '@/i18n/getTranslator'
import { directionOf } from '@/i18n/locales'
import { siteIcons } from '@/portal/siteIcons'

export const metadata: Metadata = { ...siteIcons }

/**
 * The 404 of an address outside every language (/wp-login.php), as a whole document: the portal's
 * root layout sits under its [lang] segment. Kept small on purpose: Next.js sends this tree in the
 * payload of every page (twice), so a full header here would weigh on all of them (issue 13).
 * People rarely meet it: the proxy answers addresses without a language (/library, /xx/page) with
 * the site's own 404 under /fi, header and menu included ([lang]/not-found.tsx); only addresses
 * of a file the proxy does not see end here. No database: Next.js also renders this at build.
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
        <header className="site-header">
          <div className="site-header__top">
            <a className="site-name" href={`/${lang}`}>
              {t('siteName')}
            </a>
          </div>
        </header>
        <main id="main">
          <title>{`${t('notFound.title')} – ${t('siteName')}`}</title>
          <NotFoundContent lang={lang} withMenu={false} />
        </main>
      </body>
    </html>
  )
}
