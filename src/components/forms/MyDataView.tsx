import { getTranslator } from '@/i18n/getTranslator'

import { ErrorSummary } from './ErrorSummary'
import { formLanguage } from './formLanguage'
import { Honeypot } from './Honeypot'
import { erroredFields, first, type SearchParams } from './readFormState'
import { ResultNotice } from './ResultNotice'
import { SubmitButton } from './SubmitButton'
import { TextField } from './TextField'
import { TokenActionPage } from './TokenActionPage'

const messages: Record<string, string> = { email: 'errors.emailInvalid', rateLimited: 'errors.rateLimited' }

/**
 * "My data" (`/<lang>/my-data`): ask for an export by e-mail (`?sent=1`), and
 * the deletion its message links to (`?token=`, then `?deleted=1` or `?error=token`).
 */
export async function MyDataView({ lang, query }: { lang: string; query: SearchParams }) {
  const t = await getTranslator(lang, 'forms')
  const formLang = formLanguage(lang)
  if (first(query, 'sent')) {
    return (
      <ResultNotice title={t('myData.sentTitle')}>
        <p>{t('myData.sent')}</p>
      </ResultNotice>
    )
  }
  if (first(query, 'deleted')) {
    return (
      <ResultNotice title={t('myData.deletedTitle')}>
        <p>{t('myData.deleted')}</p>
      </ResultNotice>
    )
  }
  const token = first(query, 'token')
  if (token || first(query, 'error') === 'token') {
    return (
      <TokenActionPage
        lang={formLang}
        action="/api/email/my-data/delete"
        token={token}
        title={t('myData.deleteTitle')}
        intro={t('myData.deleteIntro')}
        button={t('myData.deleteButton')}
        invalid={first(query, 'error') === 'token' ? t('errors.tokenInvalid') : undefined}
        again={{ href: `/${lang}/my-data`, label: t('myData.title') }}
      />
    )
  }
  const errors = Object.fromEntries(
    erroredFields(query)
      .filter((f) => messages[f])
      .map((f) => [f, t(messages[f])]),
  )
  return (
    <>
      <h1>{t('myData.title')}</h1>
      <p>{t('myData.intro')}</p>
      <ErrorSummary
        title={t('errorSummary')}
        items={Object.entries(errors).map(([, message]) => ({ id: 'email', message }))}
      />
      <form method="post" action="/api/email/my-data" noValidate>
        <input type="hidden" name="lang" value={formLang} />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('myData.email')}
          required
          requiredLabel={t('required')}
          autoComplete="email"
          maxLength={254}
          error={errors.email}
        />
        <Honeypot label={t('honeypot')} />
        <SubmitButton label={t('myData.submit')} />
      </form>
    </>
  )
}
