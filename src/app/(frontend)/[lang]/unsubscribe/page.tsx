import { first, type SearchParams } from '@/components/forms/readFormState'
import { ResultNotice } from '@/components/forms/ResultNotice'
import { TokenActionPage } from '@/components/forms/TokenActionPage'
import { getTranslator } from '@/i18n/getTranslator'

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  return { title: (await getTranslator(lang, 'forms'))('unsubscribe.title') }
}

export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>
  searchParams: Promise<SearchParams>
}) {
  const { lang } = await params
  const query = await searchParams
  const t = await getTranslator(lang, 'forms')
  if (first(query, 'done')) {
    return (
      <ResultNotice title={t('unsubscribe.doneTitle')}>
        <p>{t('unsubscribe.done')}</p>
      </ResultNotice>
    )
  }
  const token = first(query, 'token')
  return (
    <TokenActionPage
      lang={lang}
      action="/api/email/unsubscribe"
      token={token}
      title={t('unsubscribe.title')}
      intro={t('unsubscribe.intro')}
      button={t('unsubscribe.button')}
      invalid={first(query, 'error') || !token ? t('errors.tokenInvalid') : undefined}
    />
  )
}
