import type { ServerProps } from 'payload'

import { getAdminTranslator } from '../../i18n/admin/getAdminTranslator'

/** The nav link to the translation overview, for the editors and admins who keep the translations. */
export async function TranslationsNavLink({ i18n, user, payload }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (role !== 'admin' && role !== 'editor') return null
  const t = await getAdminTranslator(i18n?.language ?? 'fi')
  return (
    <a className="nav__link translations-nav-link" href={`${payload.config.routes.admin}/translations`}>
      <span className="nav__link-label">{t('translations.overview.nav')}</span>
    </a>
  )
}
