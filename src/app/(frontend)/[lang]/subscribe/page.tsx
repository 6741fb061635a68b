import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { Honeypot } from '@/components/forms/Honeypot'
import { all, erroredFields, first, type SearchParams } from '@/components/forms/readFormState'
import { ResultNotice } from '@/components/forms/ResultNotice'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { TextField } from '@/components/forms/TextField'
import { regions } from '@/fields/regions'
import { getTranslator } from '@/i18n/getTranslator'
import { type InterfaceLocale, interfaceLocales, isInterfaceLocale } from '@/i18n/locales'

const fieldMessages: Record<string, string> = {
  email: 'errors.emailInvalid',
  language: 'errors.languageInvalid',
  regions: 'errors.regionsInvalid',
  consent: 'errors.consentRequired',
  rateLimited: 'errors.rateLimited',
  tooLarge: 'errors.tooLarge',
}
const fieldIds: Record<string, string> = {
  email: 'email',
  language: 'language-fi',
  regions: 'regions-first',
  consent: 'consent',
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  return { title: (await getTranslator(lang, 'forms'))('subscribe.title') }
}

export default async function SubscribePage({
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
  const regionLang = formLang as InterfaceLocale
  const describedBy = (name: string) => (errors[name] ? `${name}-error` : undefined)
  return (
    <main id="main">
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

        <fieldset style={{ marginBottom: '1rem' }} aria-describedby={describedBy('language')}>
          <legend style={{ fontWeight: 600 }}>{t('subscribe.language')}</legend>
          {errors.language && (
            <p id="language-error" style={{ color: '#b00020' }}>
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
          style={{ marginBottom: '1rem' }}
          aria-describedby={['regions-hint', describedBy('regions')].filter(Boolean).join(' ')}
        >
          <legend style={{ fontWeight: 600 }}>{t('subscribe.regions')}</legend>
          <p id="regions-hint">{t('subscribe.regionsHint')}</p>
          {errors.regions && (
            <p id="regions-error" style={{ color: '#b00020' }}>
              {errors.regions}
            </p>
          )}
          <div style={{ columns: '14rem' }}>
            {regions.map((region, i) => (
              <div key={region.value}>
                <input
                  type="checkbox"
                  id={i === 0 ? 'regions-first' : `region-${region.value}`}
                  name="regions"
                  value={region.value}
                  defaultChecked={chosenRegions.has(region.value)}
                />{' '}
                <label htmlFor={i === 0 ? 'regions-first' : `region-${region.value}`}>{region[regionLang]}</label>
              </div>
            ))}
          </div>
        </fieldset>

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
            aria-describedby={describedBy('consent')}
          />{' '}
          <label htmlFor="consent">{t('subscribe.consent')}</label>{' '}
          <a href={`/${lang}/privacy-notice`}>{t('subscribe.privacyLink')}</a>
        </div>
        <Honeypot label={t('honeypot')} />
        <SubmitButton label={t('subscribe.submit')} />
      </form>
    </main>
  )
}
