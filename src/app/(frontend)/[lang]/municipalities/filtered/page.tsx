import { MunicipalityListView } from '@/components/portal/MunicipalityListView'
import { Shell } from '@/components/portal/Shell'
import { textLanguage } from '@/i18n/getTranslator'
import { sectionMetadata } from '@/portal/sectionMetadata'

// Answers depend on the query string: rendered per request, never cached as a page.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined

export const generateMetadata = sectionMetadata('/municipalities', 'municipalities', { noIndex: true })

/** The municipality list searched and filtered (`?q=&region=&phase=`, rewritten here by the proxy). */
export default async function FilteredMunicipalitiesPage({ params, searchParams }: Props) {
  const { lang } = await params
  const query = await searchParams
  return (
    <Shell lang={lang} path="/municipalities" textLang={textLanguage(lang, 'portal')}>
      <MunicipalityListView lang={lang} q={one(query.q)} region={one(query.region)} phase={one(query.phase)} />
    </Shell>
  )
}
