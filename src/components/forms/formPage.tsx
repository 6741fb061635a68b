import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { Shell } from '@/components/portal/Shell'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'

import type { SearchParams } from './readFormState'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

/**
 * One e-mail page (sign-up, confirmation, unsubscribe, my data, workspace
 * request): its title, the view that reads the query string, inside the
 * site's shell. Each page file keeps `dynamic = 'force-dynamic'` itself,
 * since Next.js reads that export from the file.
 */
export function formPage({
  path,
  title,
  View,
  carriesToken = false,
}: {
  path: string
  /** The page title's key in locales/<lang>/forms.json. */
  title: string
  View: (props: { lang: string; query: SearchParams }) => Promise<ReactNode> | ReactNode
  /** Reached by a link with a personal token from a message. */
  carriesToken?: boolean
}) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { lang } = await params
    const t = await getTranslator(lang, 'forms')
    const c = await getTranslator(lang)
    return {
      title: `${t(title)} – ${c('siteName')}`,
      // Links in mail carry a personal token: such pages never belong in a search index.
      ...(carriesToken ? { robots: { index: false, follow: false }, referrer: 'no-referrer' as const } : {}),
    }
  }
  async function Page({ params, searchParams }: Props) {
    const { lang } = await params
    return (
      <Shell lang={lang} path={path} textLang={textLanguage(lang, 'forms')}>
        <View lang={lang} query={await searchParams} />
      </Shell>
    )
  }
  return { generateMetadata, Page }
}
