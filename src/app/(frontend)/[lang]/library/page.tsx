import { LibraryView } from '@/components/portal/LibraryView'
import { Shell } from '@/components/portal/Shell'
import { textLanguage } from '@/i18n/getTranslator'
import { sectionMetadata } from '@/portal/sectionMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/library', 'library')

/** The whole library; filtered views are rewritten to ./filtered by the proxy. */
export default async function LibraryPage({ params }: Props) {
  const { lang } = await params
  return (
    <Shell lang={lang} path="/library" textLang={textLanguage(lang, 'portal')}>
      <LibraryView lang={lang} />
    </Shell>
  )
}
