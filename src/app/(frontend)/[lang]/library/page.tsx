import type { Metadata } from 'next'

import { LibraryView } from '@/components/portal/LibraryView'
import { Shell } from '@/components/portal/Shell'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { interfaceLocales } from '@/i18n/locales'
import { buildMetadata } from '@/portal/buildMetadata'

export const revalidate = 600

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params
  const t = await getTranslator(textLanguage(lang, 'portal'), 'portal')
  const c = await getTranslator(lang)
  return buildMetadata({
    lang,
    path: '/library',
    title: t('library.title'),
    siteName: c('siteName'),
    description: t('library.intro'),
    languages: interfaceLocales,
  })
}

/** The whole library, cached; filtered views are rewritten to ./filtered by the proxy. */
export default async function LibraryPage({ params }: Props) {
  const { lang } = await params
  return (
    <Shell lang={lang} path="/library" textLang={textLanguage(lang, 'portal')}>
      <LibraryView lang={lang} />
    </Shell>
  )
}
