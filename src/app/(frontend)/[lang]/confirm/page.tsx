import type { Metadata } from 'next'

import { ConfirmView } from '@/components/forms/ConfirmView'
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
    title: `${t('confirm.title')} – ${c('siteName')}`,
    // Links in mail carry a personal token: such pages never belong in a search index.
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
}

/** The confirmation link of a sign-up. */
export default async function Page({ params, searchParams }: Props) {
  const { lang } = await params
  return (
    <Shell lang={lang} path="/confirm" textLang={textLanguage(lang, 'forms')}>
      <ConfirmView lang={lang} query={await searchParams} />
    </Shell>
  )
}
