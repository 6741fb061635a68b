import type { Metadata } from 'next'

import { MunicipalityListView } from '@/components/portal/MunicipalityListView'
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
    path: '/municipalities',
    title: t('municipalities.title'),
    siteName: c('siteName'),
    description: t('municipalities.intro'),
    languages: interfaceLocales,
  })
}

/** Every municipality by region, cached; searches are rewritten to ./filtered by the proxy. */
export default async function MunicipalitiesPage({ params }: Props) {
  const { lang } = await params
  return (
    <Shell lang={lang} path="/municipalities" textLang={textLanguage(lang, 'portal')}>
      <MunicipalityListView lang={lang} />
    </Shell>
  )
}
