import config from '@payload-config'
import { getPayload } from 'payload'

import { toolkitParts } from '@/fields/toolkitPart'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { defaultLocale, materialLocaleCodes, nativeNameOf } from '@/i18n/locales'
import { libraryFormats } from '@/portal/fileFormat'
import { loadMaterials } from '@/portal/loadMaterials'
import { versionRows } from '@/portal/versionRows'
import { versionWords } from '@/portal/versionWords'

import { type MaterialCard, MaterialCards } from './MaterialCards'

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
  const words = await versionWords(textLang)
  // What a material lacks is left out rather than undefined: React's payload would spell out "$undefined".
  const parts = toolkitParts
    .map((part) => ({
      part,
      heading: t(`parts.${part}`),
      cards: materials
        .filter((m) => m.part === part)
        .map((m): MaterialCard => {
          const versions = chosenLanguage ? m.versions.filter((v) => v.language === chosenLanguage) : m.versions
          const status = m.status === 'missing' || m.status === 'reviewed' ? undefined : m.status
          return {
            slug: m.slug,
            title: m.title,
            ...(m.description && { description: m.description }),
            ...(m.fellBack.has('title') && { titleLang: defaultLocale }),
            ...(m.fellBack.has('description') && { descriptionLang: defaultLocale }),
            ...(status && { status }),
            versions: versionRows(textLang, words, versions),
          }
        }),
    }))
    .filter((p) => p.cards.length > 0)
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
                  {nativeNameOf(code)}
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
            {t('library.filteredBy', { language: nativeNameOf(chosenLanguage) })}
          </>
        )}
      </p>
      {!materials.length && <p>{t('library.none')}</p>}
      <MaterialCards lang={lang} parts={parts} words={words} />
    </>
  )
}
