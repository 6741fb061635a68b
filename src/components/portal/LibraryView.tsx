import config from '@payload-config'
import { getPayload } from 'payload'

import { toolkitParts } from '@/fields/toolkitPart'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { contentLocales, materialLocaleCodes } from '@/i18n/locales'
import { libraryFormats } from '@/portal/fileFormat'
import { loadMaterials } from '@/portal/loadMaterials'

import { MaterialVersions } from './MaterialVersions'
import { StatusMark } from './StatusMark'

const nativeName = (code: string) => contentLocales.find((l) => l.code === code)?.nativeName ?? code

export type LibraryViewProps = { lang: string; language?: string; format?: string }

/**
 * The material library grouped by toolkit part, with a plain GET form that
 * filters by language and format without JavaScript. With a language chosen,
 * each material lists only that language's version.
 */
export async function LibraryView({ lang, language, format }: LibraryViewProps) {
  // The library's own words exist in fi/sv/en; other languages read it in Finnish (the page marks that).
  const textLang = textLanguage(lang, 'portal')
  const t = await getTranslator(textLang, 'portal')
  const payload = await getPayload({ config })
  const chosenLanguage =
    language && (materialLocaleCodes as readonly string[]).includes(language) ? language : undefined
  const chosenFormat = format && (libraryFormats as readonly string[]).includes(format) ? format : undefined
  const materials = await loadMaterials(payload, textLang, { language: chosenLanguage, format: chosenFormat })
  return (
    <>
      <h1>{t('library.title')}</h1>
      <p className="lead">{t('library.intro')}</p>
      <form className="filters" action={`/${lang}/library`} method="get">
        <fieldset>
          <legend>{t('library.filterTitle')}</legend>
          <div className="filters__field">
            <label htmlFor="filter-language">{t('library.language')}</label>
            <select id="filter-language" name="language" defaultValue={chosenLanguage ?? ''}>
              <option value="">{t('library.all')}</option>
              {materialLocaleCodes.map((code) => (
                <option key={code} value={code} lang={code}>
                  {nativeName(code)}
                </option>
              ))}
            </select>
          </div>
          <div className="filters__field">
            <label htmlFor="filter-format">{t('library.format')}</label>
            <select id="filter-format" name="format" defaultValue={chosenFormat ?? ''}>
              <option value="">{t('library.all')}</option>
              {libraryFormats.map((f) => (
                <option key={f} value={f}>
                  {f.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('library.apply')}</button>
          {(chosenLanguage || chosenFormat) && <a href={`/${lang}/library`}>{t('library.clear')}</a>}
        </fieldset>
      </form>
      <p role="status" className="result-count">
        {t('library.results', { count: materials.length })}
        {chosenLanguage && (
          <>
            {' · '}
            {t('library.filteredBy', { language: nativeName(chosenLanguage) })}
          </>
        )}
      </p>
      {!materials.length && <p>{t('library.none')}</p>}
      {toolkitParts.map((part) => {
        const inPart = materials.filter((m) => m.part === part)
        if (!inPart.length) return null
        return (
          <section key={part} aria-labelledby={`part-${part}`} className="library-part">
            <h2 id={`part-${part}`}>{t(`parts.${part}`)}</h2>
            <ul className="cards">
              {inPart.map((m) => {
                const fellBack = m.fellBack.has('title')
                const versions = chosenLanguage ? m.versions.filter((v) => v.language === chosenLanguage) : m.versions
                return (
                  <li key={m.id} className="card">
                    <h3 lang={fellBack ? 'fi' : undefined}>
                      <a href={`/${lang}/library/${m.slug}`}>{m.title}</a>
                    </h3>
                    <StatusMark lang={textLang} status={m.status === 'missing' ? null : m.status} />
                    {m.description && <p lang={m.fellBack.has('description') ? 'fi' : undefined}>{m.description}</p>}
                    <MaterialVersions lang={textLang} title={m.title} versions={versions} />
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </>
  )
}
