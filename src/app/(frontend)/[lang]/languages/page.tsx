import config from '@payload-config'
import { getPayload } from 'payload'

import { Shell } from '@/components/portal/Shell'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { loadLanguages } from '@/portal/loadLanguages'
import { sectionMetadata } from '@/portal/sectionMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/languages', 'languages')

/** The languages residents have been heard in, each named in its own script with its own `lang` and `dir`. */
export default async function LanguagesPage({ params }: Props) {
  const { lang } = await params
  const textLang = textLanguage(lang, 'portal')
  const t = await getTranslator(textLang, 'portal')
  const languages = await loadLanguages(await getPayload({ config }), textLang)
  return (
    <Shell lang={lang} path="/languages" textLang={textLang}>
      <h1>{t('languages.title')}</h1>
      <p className="lead">{t('languages.intro')}</p>
      <ul className="language-grid">
        {languages.map((l) => (
          <li key={l.id} className="card">
            <span className="native-name" lang={l.code} dir={l.direction}>
              {l.nativeName}
            </span>
            <span className="language-name">{l.name}</span>
            {l.materialLanguage && (
              <a href={`/${lang}/library?language=${l.code}`}>{t('languages.materialLink', { language: l.name })}</a>
            )}
          </li>
        ))}
      </ul>
    </Shell>
  )
}
