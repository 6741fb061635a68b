import { LibraryView } from '@/components/portal/LibraryView'
import { Shell } from '@/components/portal/Shell'
import { textLanguage } from '@/i18n/getTranslator'
import { sectionMetadata } from '@/portal/sectionMetadata'

// Answers depend on the query string: rendered per request, never cached as a page.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined

export const generateMetadata = sectionMetadata('/library', 'library', { noIndex: true })

/** The library filtered by language and/or format (`/<lang>/library?language=so&format=docx`, rewritten here by the proxy). */
export default async function FilteredLibraryPage({ params, searchParams }: Props) {
  const { lang } = await params
  const query = await searchParams
  return (
    <Shell lang={lang} path="/library" textLang={textLanguage(lang, 'portal')}>
      <LibraryView lang={lang} language={one(query.language)} format={one(query.format)} />
    </Shell>
  )
}
