import type { ServerProps } from 'payload'

import { actorOf } from '../../access/roles'
import { getTranslator } from '../../i18n/getTranslator'

/** The nav link to the national view, for the admins who alone may open it. */
export async function NationalOverviewNavLink({ i18n, user, payload }: ServerProps) {
  if (actorOf({ user: user as never })?.role !== 'admin') return null
  const lang = i18n?.language === 'sv' ? 'sv' : i18n?.language === 'fi' ? 'fi' : 'en'
  const t = await getTranslator(lang, 'event')
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/national-overview`}>
      <span className="nav__link-label">{t('national.heading')}</span>
    </a>
  )
}
