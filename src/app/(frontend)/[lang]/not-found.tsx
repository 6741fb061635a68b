import type { Metadata } from 'next'
import { lang as rootLang } from 'next/root-params'

import { NotFoundContent } from '@/components/portal/NotFoundContent'
import { Shell } from '@/components/portal/Shell'
import { getTranslator } from '@/i18n/getTranslator'
import { contentLocaleCodes, defaultLocale, isContentLocale, isInterfaceLocale } from '@/i18n/locales'

async function visitorLanguage(): Promise<string> {
  const lang = (await rootLang()) as string | undefined
  return lang && isContentLocale(lang) ? lang : defaultLocale
}

export async function generateMetadata(): Promise<Metadata> {
  const lang = await visitorLanguage()
  const t = await getTranslator(lang)
  return { title: `${t('notFound.title')} – ${t('siteName')}` }
}

/** The site's own 404, inside its header, navigation and footer, in the language of the address. */
export default async function NotFound() {
  const lang = await visitorLanguage()
  return (
    <Shell lang={lang} path="" languages={isInterfaceLocale(lang) ? undefined : contentLocaleCodes}>
      <NotFoundContent lang={lang} />
    </Shell>
  )
}
