import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { requestLanguage } from '../../http/requestLanguage'
import { getAdminTranslator } from '../../i18n/admin/getAdminTranslator'
import { contentLocales, defaultLocale } from '../../i18n/locales'
import { isTranslationEditor } from '../../translations/isTranslationEditor'
import { valueAt } from '../../translations/localizedTextPaths'
import { translatableSources } from '../../translations/translatableSources'
import { editUrl } from './editUrl'

/** Rich text shown as its paragraphs' plain text: enough to compare with the source. */
function plain(value: unknown): string {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const out: string[] = []
  const walk = (node: { text?: string; children?: unknown[]; type?: string }) => {
    if (typeof node.text === 'string') out.push(node.text)
    node.children?.forEach((c) => walk(c as typeof node))
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem') out.push('\n')
  }
  walk((value as { root?: object }).root ?? (value as object))
  return out.join('').trim()
}

/**
 * /admin/translations/compare/:collection/:id/:language — one text's fields with
 * the Finnish source beside the translation, each marked with its language and
 * direction, and a link to edit the translation in that language.
 */
export async function TranslationCompareView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const req = initPageResult.req
  const lang = requestLanguage(req, 'admin')
  const t = await getAdminTranslator(lang)
  const adminRoute = req.payload.config.routes.admin
  const segments = ((await params)?.segments ?? []) as string[]
  const [, , slug = '', id = '', code = ''] = segments
  const source = translatableSources(req.payload.config).find((s) => s.slug === slug)
  const locale = contentLocales.find((l) => l.code === code)
  const fi = contentLocales.find((l) => l.code === defaultLocale)!

  let doc: Record<string, unknown> | null = null
  if (source && locale && isTranslationEditor(req)) {
    try {
      doc = (source.kind === 'global'
        ? await req.payload.findGlobal({
            slug: slug as never,
            locale: 'all',
            depth: 0,
            draft: source.drafts,
            overrideAccess: false,
            user: req.user,
            req,
          })
        : await req.payload.findByID({
            collection: slug as never,
            id: decodeURIComponent(id),
            locale: 'all',
            depth: 0,
            draft: source.drafts,
            overrideAccess: false,
            user: req.user,
            req,
          })) as unknown as Record<string, unknown>
    } catch {
      doc = null
    }
  }
  const back = (
    <p>
      <a href={`${adminRoute}/translations`}>{t('translations.overview.back')}</a>
    </p>
  )
  const body =
    !doc || !source || !locale ? (
      <>
        {back}
        <p role="alert">
          {isTranslationEditor(req) ? t('translations.overview.notFound') : t('translations.xliff.errors.forbidden')}
        </p>
      </>
    ) : (
      <>
        {back}
        <h1>{t('translations.overview.sideBySide')}</h1>
        <p>
          {t('translations.overview.status')}:{' '}
          {(() => {
            const status = ((doc.translationStatus ?? {}) as Record<string, string>)[locale.code] ?? 'missing'
            return (
              <span className={`translation-status translation-status--${status}`}>
                {t(`translations.status.${status}`)}
              </span>
            )
          })()}
        </p>
        <p>
          <a
            className="btn btn--style-primary btn--size-medium"
            href={editUrl(adminRoute, source, source.kind === 'global' ? slug : String(doc.id), locale.code)}
          >
            {t('translations.overview.edit', { language: locale.nativeName })}
          </a>
        </p>
        <table className="translations-view__table translations-view__table--compare">
          <thead>
            <tr>
              <th scope="col" className="translations-view__field">
                {t('translations.overview.field')}
              </th>
              <th scope="col">{t('translations.overview.source')}</th>
              <th scope="col">{t('translations.overview.translation', { language: locale.nativeName })}</th>
            </tr>
          </thead>
          <tbody>
            {[...source.textPaths, ...source.richTextPaths].map((path) => {
              const values = (valueAt(doc, path) ?? {}) as Record<string, unknown>
              const src = plain(values[fi.code])
              const trg = plain(values[locale.code])
              return (
                <tr key={path}>
                  <th scope="row">
                    <code>{path}</code>
                  </th>
                  <td lang={fi.code} dir={fi.direction}>
                    {src || t('translations.overview.empty')}
                  </td>
                  <td lang={trg ? locale.code : lang} dir={trg ? locale.direction : 'ltr'}>
                    {trg || t('translations.overview.empty')}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </>
    )

  return (
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
        {body}
      </main>
    </DefaultTemplate>
  )
}
