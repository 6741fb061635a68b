import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { Honeypot } from '@/components/forms/Honeypot'
import { erroredFields, first, type SearchParams } from '@/components/forms/readFormState'
import { ResultNotice } from '@/components/forms/ResultNotice'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { TextField } from '@/components/forms/TextField'
import { TokenActionPage } from '@/components/forms/TokenActionPage'
import { getTranslator } from '@/i18n/getTranslator'
import { isInterfaceLocale } from '@/i18n/locales'

const messages: Record<string, string> = { email: 'errors.emailInvalid', rateLimited: 'errors.rateLimited' }

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  return { title: (await getTranslator(lang, 'forms'))('myData.title') }
}

export default async function MyDataPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>
  searchParams: Promise<SearchParams>
}) {
  const { lang } = await params
  const query = await searchParams
  const t = await getTranslator(lang, 'forms')
  const formLang = isInterfaceLocale(lang) ? lang : 'fi'
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
      />
    )
  }
  const errors = Object.fromEntries(
    erroredFields(query)
      .filter((f) => messages[f])
      .map((f) => [f, t(messages[f])]),
  )
  return (
    <main id="main">
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
    </main>
  )
}
