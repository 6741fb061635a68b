import { getTranslator } from '@/i18n/getTranslator'

/** Tells the visitor that the text below is shown in Finnish because their language has none yet. */
export async function FallbackNotice({ lang }: { lang: string }) {
  const t = await getTranslator(lang)
  return (
    <p className="notice" role="note">
      {t('fallbackNotice')}
    </p>
  )
}
