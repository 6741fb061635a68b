import type { Metadata } from 'next'

import { defaultLocale } from '../i18n/locales'

export type BuildMetadataOptions = {
  lang: string
  /** The address without its language prefix, e.g. `/library` or `` for home. */
  path: string
  title: string
  siteName: string
  description?: string | null
  /** The languages this address exists in; each gets a hreflang alternate. */
  languages: readonly string[]
}

/** Title, description, canonical and hreflang alternates for one portal page. */
export function buildMetadata({ lang, path, title, siteName, description, languages }: BuildMetadataOptions): Metadata {
  const alternates: Record<string, string> = Object.fromEntries(languages.map((l) => [l, `/${l}${path}`]))
  alternates['x-default'] = `/${defaultLocale}${path}`
  return {
    title: title === siteName ? title : `${title} – ${siteName}`,
    description: description ?? undefined,
    alternates: { canonical: `/${lang}${path}`, languages: alternates },
  }
}
