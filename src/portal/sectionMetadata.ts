import type { Metadata } from 'next'

import { getTranslator, textLanguage } from '../i18n/getTranslator'
import { interfaceLocales } from '../i18n/locales'
import { buildMetadata } from './buildMetadata'

type Props = { params: Promise<{ lang: string }> }

/**
 * generateMetadata for a portal section whose title and intro live in
 * locales/<lang>/portal.json under `<section>.title` / `<section>.intro`
 * (library, municipalities, languages, search). Filtered and searched views
 * of a section are `noIndex`: their addresses change with every query.
 */
export function sectionMetadata(path: string, section: string, { noIndex = false } = {}) {
  return async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { lang } = await params
    const t = await getTranslator(textLanguage(lang, 'portal'), 'portal')
    const c = await getTranslator(lang)
    const metadata = buildMetadata({
      lang,
      path,
      title: t(`${section}.title`),
      siteName: c('siteName'),
      description: noIndex ? undefined : t(`${section}.intro`),
      languages: interfaceLocales,
    })
    return noIndex ? { ...metadata, robots: { index: false } } : metadata
  }
}
