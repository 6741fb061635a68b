import type { Metadata } from 'next'

import { MyDataView } from '@/components/forms/MyDataView'
import type { SearchParams } from '@/components/forms/readFormState'
import { Shell } from '@/components/portal/Shell'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'

// The page answers what its query string says (a result, an error, a token): rendered for each request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params
  const t = await getTranslator(lang, 'forms')
  const c = await getTranslator(lang)
  return {
    title: `${t('myData.title')} – ${c('siteName')}`,
    // Links in mail carry a personal token: such pages never belong in a search index.
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
}

/** A subscriber’s own data: export by e-mail and deletion. */
export default async function Page({ params, searchParams }: Props) {
  const { lang } = await params
  return (
    <Shell lang={lang} path="/my-data" textLang={textLanguage(lang, 'forms')}>
      <MyDataView lang={lang} query={await searchParams} />
    </Shell>
  )
}
