import { getTranslator } from '@/i18n/getTranslator'
import { contentLocaleCodes, isInterfaceLocale } from '@/i18n/locales'

import { NotFoundContent } from './NotFoundContent'
import { Shell } from './Shell'

/**
 * The site's own 404 inside its header, navigation and footer. Its title is
 * a React <title> (hoisted into the head), so it stays when the browser
 * renders the page itself.
 */
export async function NotFoundPage({ lang }: { lang: string }) {
  const t = await getTranslator(lang)
  return (
    <Shell lang={lang} path="" languages={isInterfaceLocale(lang) ? undefined : contentLocaleCodes}>
      <title>{`${t('notFound.title')} – ${t('siteName')}`}</title>
      <NotFoundContent lang={lang} />
    </Shell>
  )
}
