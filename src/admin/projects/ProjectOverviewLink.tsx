import type { ServerFieldBase } from 'payload'
import React from 'react'

import { requestLanguage } from '../../http/requestLanguage'
import { getTranslator } from '../../i18n/getTranslator'

/**
 * The project edit view's way into its overview (checklist, charts, exports,
 * next round), so a coordinator never has to know the overview's address.
 */
export async function ProjectOverviewLink({ id, i18n }: ServerFieldBase) {
  if (!id) return null
  const lang = requestLanguage({ i18n }, 'admin')
  const t = await getTranslator(lang, 'event')
  return (
    <p className="field-type" lang={lang}>
      <a className="btn btn--style-secondary btn--size-small" href={`/admin/project-overview/${id}`}>
        {t('overview.open')}
      </a>
    </p>
  )
}
