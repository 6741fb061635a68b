import { MunicipalityListView } from '@/components/portal/MunicipalityListView'
import { Shell } from '@/components/portal/Shell'
import { textLanguage } from '@/i18n/getTranslator'
import { sectionMetadata } from '@/portal/sectionMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/municipalities', 'municipalities')

/** Every municipality by region; searches are rewritten to ./filtered by the proxy. */
export default async function MunicipalitiesPage({ params }: Props) {
  const { lang } = await params
  return (
    <Shell lang={lang} path="/municipalities" textLang={textLanguage(lang, 'portal')}>
      <MunicipalityListView lang={lang} />
    </Shell>
  )
}
