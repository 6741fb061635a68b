import { getTranslator } from '@/i18n/getTranslator'
import { residentsPath } from '@/i18n/landingPath'
import { isInterfaceLocale } from '@/i18n/locales'

/**
 * What a visitor reads on an address that leads nowhere, in their language:
 * the interface languages lead back home; the residents' languages lead back
 * to the one page written in them. The hint names the menu and search, so
 * it is left out where the page has none (app/not-found.tsx).
 */
export async function NotFoundContent({ lang, withMenu = true }: { lang: string; withMenu?: boolean }) {
  const t = await getTranslator(lang)
  const back = isInterfaceLocale(lang)
    ? { href: `/${lang}`, label: t('notFound.home') }
    : { href: `/${lang}${residentsPath}`, label: t('notFound.residents') }
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      {withMenu && <p>{t('notFound.hint')}</p>}
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </>
  )
}
