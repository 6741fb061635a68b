import { getTranslator } from '@/i18n/getTranslator'
import { interfaceLocales } from '@/i18n/locales'

import { ErrorSummary } from './ErrorSummary'
import { formLanguage } from './formLanguage'
import { Honeypot } from './Honeypot'
import { erroredFields, first, type SearchParams } from './readFormState'
import { ResultNotice } from './ResultNotice'
import { SubmitButton } from './SubmitButton'
import { TextField } from './TextField'

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
  tryLater: 'errors.tryLater',
  tooLarge: 'errors.tooLarge',
}
const maxLengths: Record<string, number> = { municipality: 100, role: 200, reason: 2000 }

/** The request to join the partners' workspace (`/<lang>/workspace`), its errors and its result (`?sent=1`). */
export async function WorkspaceView({ lang, query }: { lang: string; query: SearchParams }) {
  const t = await getTranslator(lang, 'forms')
  const formLang = formLanguage(lang)
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
    <>
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
        <div className="form-field">
          <label htmlFor="language">{t('workspace.language')}</label>
          <select id="language" name="language" defaultValue={formLang}>
            {interfaceLocales.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          {errors.consent && (
            <p id="consent-error" className="form-error">
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
    </>
  )
}
