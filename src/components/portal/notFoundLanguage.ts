import { lang as rootLang } from 'next/root-params'

import { defaultLocale, isContentLocale } from '@/i18n/locales'

/**
 * The language of a missing page: the address's own when it names one, else
 * Finnish. (Not the browser's: reading headers would make the cached pages
 * that call notFound() dynamic.)
 */
export async function notFoundLanguage(): Promise<string> {
  const lang = (await rootLang()) as string | undefined
  return lang && isContentLocale(lang) ? lang : defaultLocale
}
