import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'

import { getAdminTranslator } from '../../i18n/admin/getAdminTranslator'
import { AccessibleAdminClient } from './AccessibleAdminClient'
import type { RepairLabels } from './repairAdminMarkup'

const keys: (keyof RepairLabels)[] = [
  'selectRow',
  'selectAllRows',
  'clearValue',
  'clearDate',
  'documentActions',
  'fieldClipboard',
  'rowActions',
  'moveRow',
  'previousPage',
  'nextPage',
  'moreChoices',
  'lockedByOther',
]

/**
 * The admin's provider (admin.components.providers): gives the markup repairs
 * their names in the reader's admin language, from locales/<lang>/admin.json `a11y`.
 */
export async function AccessibleAdmin({ i18n, children }: Partial<ServerProps> & { children?: ReactNode }) {
  const t = await getAdminTranslator(i18n?.language ?? 'fi')
  // `{{title}}` is filled in per row by the repair, so i18next must leave it in place.
  const labels = Object.fromEntries(
    keys.map((k) => [k, t(`a11y.${k}`, { title: '{{title}}', interpolation: { escapeValue: false } })]),
  ) as RepairLabels
  return <AccessibleAdminClient labels={labels}>{children}</AccessibleAdminClient>
}
