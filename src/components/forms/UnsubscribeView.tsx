import { getTranslator } from '@/i18n/getTranslator'

import { formLanguage } from './formLanguage'
import { first, type SearchParams } from './readFormState'
import { ResultNotice } from './ResultNotice'
import { TokenActionPage } from './TokenActionPage'

/** The unsubscribe link of every message (`/<lang>/unsubscribe?token=`), its result (`?done=1`) and a dead link. */
export async function UnsubscribeView({ lang, query }: { lang: string; query: SearchParams }) {
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
      lang={formLanguage(lang)}
      action="/api/email/unsubscribe"
      token={token}
      title={t('unsubscribe.title')}
      intro={t('unsubscribe.intro')}
      button={t('unsubscribe.button')}
      invalid={first(query, 'error') || !token ? t('errors.tokenInvalid') : undefined}
      again={{ href: `/${lang}/my-data`, label: t('myData.title') }}
    />
  )
}
