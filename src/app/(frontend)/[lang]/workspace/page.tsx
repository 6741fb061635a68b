import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { Honeypot } from '@/components/forms/Honeypot'
import { erroredFields, first, type SearchParams } from '@/components/forms/readFormState'
import { ResultNotice } from '@/components/forms/ResultNotice'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { TextField } from '@/components/forms/TextField'
import { getTranslator } from '@/i18n/getTranslator'
import { interfaceLocales, isInterfaceLocale } from '@/i18n/locales'

const fieldMessages: Record<string, string> = {
  name: 'errors.nameRequired',
  email: 'errors.emailInvalid',
  organization: 'errors.organizationRequired',
  municipality: 'errors.tooLong',
  role: 'errors.tooLong',
  reason: 'errors.tooLong',
  language: 'errors.languageInvalid',
  consent: 'errors.consentRequired',
  rateLimited: 'errors.rateLimited',
  tooLarge: 'errors.tooLarge',
}
const maxLengths: Record<string, number> = { municipality: 100, role: 200, reason: 2000 }

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  return { title: (await getTranslator(lang, 'forms'))('workspace.title') }
}

export default async function WorkspacePage({
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
      <ResultNotice title={t('workspace.sentTitle')}>
        <p>{t('workspace.sent')}</p>
      </ResultNotice>
    )
  }
  const errors = Object.fromEntries(
    erroredFields(query)
      .filter((f) => fieldMessages[f])
      .map((f) => [f, t(fieldMessages[f], { max: maxLengths[f] })]),
  )
  const text = (
    name: string,
    opts: { required?: boolean; type?: 'email'; maxLength: number; autoComplete?: string; multiline?: boolean },
  ) => (
    <TextField
      id={name}
      name={name}
      label={t(`workspace.${name}`)}
      requiredLabel={t('required')}
      error={errors[name]}
      {...opts}
    />
  )
  return (
    <main id="main">
      <h1>{t('workspace.title')}</h1>
      <p>{t('workspace.intro')}</p>
      <ErrorSummary
        title={t('errorSummary')}
        items={Object.entries(errors).map(([f, message]) => ({
          id: f === 'language' ? 'language' : f === 'rateLimited' || f === 'tooLarge' ? 'name' : f,
          message,
        }))}
      />
      <form method="post" action="/api/email/workspace" noValidate>
        <input type="hidden" name="lang" value={formLang} />
        {text('name', { required: true, maxLength: 200, autoComplete: 'name' })}
        {text('email', { required: true, type: 'email', maxLength: 254, autoComplete: 'email' })}
        {text('organization', { required: true, maxLength: 200, autoComplete: 'organization' })}
        {text('municipality', { maxLength: 100 })}
        {text('role', { maxLength: 200, autoComplete: 'organization-title' })}
        {text('reason', { maxLength: 2000, multiline: true })}
        <div style={{ marginBottom: '1rem' }}>
          <label htmlFor="language" style={{ display: 'block', fontWeight: 600 }}>
            {t('workspace.language')}
          </label>
          <select id="language" name="language" defaultValue={formLang} style={{ padding: '0.5rem', fontSize: '1rem' }}>
            {interfaceLocales.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div style={{ marginBottom: '1rem' }}>
          {errors.consent && (
            <p id="consent-error" style={{ color: '#b00020' }}>
              {errors.consent}
            </p>
          )}
          <input
            type="checkbox"
            id="consent"
            name="consent"
            required
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'consent-error' : undefined}
          />{' '}
          <label htmlFor="consent">{t('workspace.consent')}</label>{' '}
          <a href={`/${lang}/privacy-notice`}>{t('subscribe.privacyLink')}</a>
        </div>
        <Honeypot label={t('honeypot')} />
        <SubmitButton label={t('workspace.submit')} />
      </form>
    </main>
  )
}
