import { getTranslator } from '@/i18n/getTranslator'

import { formLanguage } from './formLanguage'
import { first, type SearchParams } from './readFormState'
import { ResultNotice } from './ResultNotice'
import { TokenActionPage } from './TokenActionPage'

/** The confirmation link of a sign-up (`/<lang>/confirm?token=`), its result (`?done=1`) and a dead link (`?error=`). */
export async function ConfirmView({ lang, query }: { lang: string; query: SearchParams }) {
  const t = await getTranslator(lang, 'forms')
  if (first(query, 'done')) {
    return (
      <ResultNotice title={t('confirm.doneTitle')}>
        <p>{t('confirm.done')}</p>
      </ResultNotice>
    )
  }
  const token = first(query, 'token')
  return (
    <TokenActionPage
      lang={formLanguage(lang)}
      action="/api/email/confirm"
      token={token}
      title={t('confirm.title')}
      intro={t('confirm.intro')}
      button={t('confirm.button')}
      invalid={first(query, 'error') || !token ? t('errors.tokenInvalid') : undefined}
      again={{ href: `/${lang}/subscribe`, label: t('subscribe.title') }}
    />
  )
}
