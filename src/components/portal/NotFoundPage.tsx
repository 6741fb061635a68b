import { contentLocaleCodes, isInterfaceLocale } from '@/i18n/locales'

import { NotFoundContent } from './NotFoundContent'
import { Shell } from './Shell'

/** The site's own 404 inside its header, navigation and footer. */
export function NotFoundPage({ lang }: { lang: string }) {
  return (
    <Shell lang={lang} path="" languages={isInterfaceLocale(lang) ? undefined : contentLocaleCodes}>
      <NotFoundContent lang={lang} />
    </Shell>
  )
}
