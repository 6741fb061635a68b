import { regions } from '@/fields/regions'
import { getTranslator } from '@/i18n/getTranslator'
import { interfaceLocales } from '@/i18n/locales'

import { ErrorSummary } from './ErrorSummary'
import { formLanguage } from './formLanguage'
import { Honeypot } from './Honeypot'
import { all, erroredFields, first, type SearchParams } from './readFormState'
import { ResultNotice } from './ResultNotice'
import { SubmitButton } from './SubmitButton'
import { TextField } from './TextField'

const fieldMessages: Record<string, string> = {
  email: 'errors.emailInvalid',
  language: 'errors.languageInvalid',
  regions: 'errors.regionsInvalid',
  consent: 'errors.consentRequired',
  rateLimited: 'errors.rateLimited',
  tryLater: 'errors.tryLater',
  tooLarge: 'errors.tooLarge',
}
const fieldIds: Record<string, string> = {
  email: 'email',
  language: 'language-fi',
  regions: 'regions-first',
  consent: 'consent',
}

/** The mailing-list sign-up (`/<lang>/subscribe`), its errors (`?error=`) and its result (`?sent=1`). */
export async function SubscribeView({ lang, query }: { lang: string; query: SearchParams }) {
  const t = await getTranslator(lang, 'forms')
  const formLang = formLanguage(lang)
  if (first(query, 'sent')) {
    return (
      <ResultNotice title={t('subscribe.sentTitle')}>
        <p>{t('subscribe.sent')}</p>
      </ResultNotice>
    )
  }
  const errors = Object.fromEntries(
    erroredFields(query)
      .filter((f) => fieldMessages[f])
      .map((f) => [f, t(fieldMessages[f])]),
  )
  const chosenLanguage = first(query, 'language') || formLang
  const chosenRegions = new Set(all(query, 'regions'))
  const describedBy = (name: string) => (errors[name] ? `${name}-error` : undefined)
  return (
    <>
      <h1>{t('subscribe.title')}</h1>
      <p>{t('subscribe.intro')}</p>
      <ErrorSummary
        title={t('errorSummary')}
        items={Object.entries(errors).map(([f, message]) => ({ id: fieldIds[f] ?? 'email', message }))}
      />
      <form method="post" action="/api/email/subscribe" noValidate>
        <input type="hidden" name="lang" value={formLang} />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('subscribe.email')}
          required
          requiredLabel={t('required')}
          autoComplete="email"
          maxLength={254}
          error={errors.email}
        />

        <fieldset className="form-choices" aria-describedby={describedBy('language')}>
          <legend>{t('subscribe.language')}</legend>
          {errors.language && (
            <p id="language-error" className="form-error">
              {errors.language}
            </p>
          )}
          {interfaceLocales.map((code) => (
            <div key={code}>
              <input
                type="radio"
                id={`language-${code}`}
                name="language"
                value={code}
                defaultChecked={chosenLanguage === code}
              />{' '}
              <label htmlFor={`language-${code}`} lang={code}>
                {t(`languages.${code}`)}
              </label>
            </div>
          ))}
        </fieldset>

        <fieldset
          className="form-choices"
          aria-describedby={['regions-hint', describedBy('regions')].filter(Boolean).join(' ')}
        >
          <legend>{t('subscribe.regions')}</legend>
          <p id="regions-hint">{t('subscribe.regionsHint')}</p>
          {errors.regions && (
            <p id="regions-error" className="form-error">
              {errors.regions}
            </p>
          )}
          <div className="form-choices__columns">
            {regions.map((region, i) => (
              <div key={region.value}>
                <input
                  type="checkbox"
                  id={i === 0 ? 'regions-first' : `region-${region.value}`}
                  name="regions"
                  value={region.value}
                  defaultChecked={chosenRegions.has(region.value)}
                />{' '}
                <label htmlFor={i === 0 ? 'regions-first' : `region-${region.value}`}>{region[formLang]}</label>
              </div>
            ))}
          </div>
        </fieldset>

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
            aria-describedby={describedBy('consent')}
          />{' '}
          <label htmlFor="consent">{t('subscribe.consent')}</label>{' '}
          <a href={`/${lang}/privacy-notice`}>{t('subscribe.privacyLink')}</a>
        </div>
        <Honeypot label={t('honeypot')} />
        <SubmitButton label={t('subscribe.submit')} />
      </form>
    </>
  )
}
