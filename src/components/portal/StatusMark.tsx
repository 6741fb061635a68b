import { getTranslator } from '@/i18n/getTranslator'

/**
 * An honest mark where a translation is a draft, out of date or missing;
 * nothing when reviewed. Written in the page's language: every content
 * language carries these words, residents' pages included.
 */
export async function StatusMark({ lang, status }: { lang: string; status?: string | null }) {
  if (!status || status === 'reviewed') return null
  const t = await getTranslator(lang)
  return <span className={`status status--${status}`}>{t(`status.${status}`)}</span>
}
