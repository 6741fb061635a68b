import type { Metadata } from 'next'

import type { SearchParams } from '@/components/forms/readFormState'
import { WorkspaceView } from '@/components/forms/WorkspaceView'
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
    title: `${t('workspace.title')} – ${c('siteName')}`,
  }
}

/** The request to join the partners' workspace. */
export default async function Page({ params, searchParams }: Props) {
  const { lang } = await params
  return (
    <Shell lang={lang} path="/workspace" textLang={textLanguage(lang, 'forms')}>
      <WorkspaceView lang={lang} query={await searchParams} />
    </Shell>
  )
}
