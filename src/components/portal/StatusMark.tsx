import { getTranslator, textLanguage } from '@/i18n/getTranslator'

/** An honest mark where a translation is a draft, out of date or missing; nothing when reviewed. */
export async function StatusMark({ lang, status }: { lang: string; status?: string | null }) {
  if (!status || status === 'reviewed') return null
  const markLang = textLanguage(lang, 'portal')
  const t = await getTranslator(markLang, 'portal')
  return (
    <span className={`status status--${status}`} lang={markLang !== lang ? markLang : undefined}>
      {t(`status.${status}`)}
    </span>
  )
}
