import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { toolkitParts } from '../../fields/toolkitPart'
import { translationStatuses } from '../../fields/translationStatus'
import { requestLanguage } from '../../http/requestLanguage'
import { getAdminTranslator } from '../../i18n/admin/getAdminTranslator'
import { contentLocales, defaultLocale } from '../../i18n/locales'
import { collectTranslationRows } from '../../translations/collectTranslationRows'
import { isTranslationEditor } from '../../translations/isTranslationEditor'
import { entityLabel } from './entityLabel'
import { filterRows, readFilters } from './filterRows'
import { XliffPanel } from './XliffPanel'

/**
 * /admin/translations — every text and material against the eleven languages,
 * each cell missing / draft / reviewed / out of date in colour and words, with
 * GET filters (language, status, toolkit part) and counts per language. A cell
 * opens the text in that language beside its Finnish source. Read as the
 * signed-in editor; other roles get a refusal.
 */
export async function TranslationOverviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const req = initPageResult.req
  const lang = requestLanguage(req, 'admin')
  const t = await getAdminTranslator(lang)
  const adminRoute = req.payload.config.routes.admin
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <main id="translations-view" className="translations-view gutter--left gutter--right">
        {children}
      </main>
    </DefaultTemplate>
  )
  if (!isTranslationEditor(req)) {
    return template(<p role="alert">{t('translations.xliff.errors.forbidden')}</p>)
  }

  const filters = readFilters((await searchParams) as Record<string, unknown>)
  const all = await collectTranslationRows(req)
  const rows = filterRows(all, filters)
  const columns = filters.language
    ? contentLocales.filter((l) => l.code === filters.language || l.code === defaultLocale)
    : contentLocales
  const statusLabel = (s: string) => t(`translations.status.${s}`)
  const counts = contentLocales.map((l) => ({
    locale: l,
    byStatus: Object.fromEntries(
      translationStatuses.map((s) => [s, rows.filter((r) => r.statuses[l.code] === s).length]),
    ),
  }))

  return template(
    <>
      <h1>{t('translations.overview.title')}</h1>
      <p>{t('translations.overview.intro')}</p>

      <form method="get" aria-label={t('translations.overview.filters')} className="translations-view__controls">
        <div>
          <label htmlFor="filter-language">{t('translations.overview.language')}</label>
          <select id="filter-language" name="language" defaultValue={filters.language ?? ''}>
            <option value="">{t('translations.overview.all')}</option>
            {contentLocales.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.nativeName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status">{t('translations.overview.status')}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('translations.overview.all')}</option>
            {translationStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-part">{t('translations.overview.part')}</label>
          <select id="filter-part" name="part" defaultValue={filters.part ?? ''}>
            <option value="">{t('translations.overview.all')}</option>
            {[...toolkitParts, 'none'].map((p) => (
              <option key={p} value={p}>
                {t(`translations.overview.parts.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn--style-primary btn--size-medium">
          {t('translations.overview.apply')}
        </button>
        <a href={`${adminRoute}/translations`}>{t('translations.overview.reset')}</a>
      </form>

      <h2 id="counts-heading">{t('translations.overview.counts')}</h2>
      <div className="translations-view__scroll">
        <table aria-labelledby="counts-heading" className="translations-view__table translations-view__table--counts">
          <thead>
            <tr>
              <th scope="col">{t('translations.overview.language')}</th>
              {translationStatuses.map((s) => (
                <th key={s} scope="col">
                  {statusLabel(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {counts.map(({ locale, byStatus }) => (
              <tr key={locale.code}>
                <th scope="row" lang={locale.code} dir={locale.direction}>
                  {locale.nativeName}
                </th>
                {translationStatuses.map((s) => (
                  <td key={s}>{byStatus[s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="texts-heading">{t('translations.overview.rowsShown', { count: rows.length })}</h2>
      {rows.length === 0 ? (
        <p>{t('translations.overview.noRows')}</p>
      ) : (
        <div className="translations-view__scroll">
          <table aria-labelledby="texts-heading" className="translations-view__table">
            <thead>
              <tr>
                <th scope="col">{t('translations.overview.text')}</th>
                <th scope="col">{t('translations.overview.type')}</th>
                {columns.map((l) => (
                  <th key={l.code} scope="col">
                    <abbr title={l.nativeName} lang={l.code}>
                      {l.code}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.source.slug}:${row.id}`}>
                  <th scope="row" className="translations-view__title" lang={defaultLocale}>
                    {row.title}
                  </th>
                  <td>{entityLabel(req.payload.config, row.source, lang)}</td>
                  {columns.map((l) => {
                    const status = row.statuses[l.code]
                    return (
                      <td key={l.code}>
                        <a
                          href={`${adminRoute}/translations/compare/${row.source.slug}/${encodeURIComponent(row.id)}/${l.code}`}
                          aria-label={t('translations.overview.openIn', {
                            title: row.title,
                            language: l.nativeName,
                            status: statusLabel(status),
                          })}
                          className={`translation-status translation-status--${status}`}
                        >
                          {statusLabel(status)}
                        </a>
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <XliffPanel
        apiRoute={req.payload.config.routes.api}
        lang={lang}
        languages={contentLocales
          .filter((l) => l.code !== defaultLocale)
          .map((l) => ({ code: l.code, name: l.nativeName }))}
        text={{
          title: t('translations.overview.xliffTitle'),
          intro: t('translations.overview.xliffIntro'),
          language: t('translations.overview.language'),
          export: t('translations.overview.export'),
          import: t('translations.overview.import'),
          file: t('translations.overview.file'),
          importing: t('translations.overview.importing'),
          updated: t('translations.overview.updated'),
          skipped: t('translations.overview.skipped'),
          refused: t('translations.overview.refused'),
        }}
      />
    </>,
  )
}
