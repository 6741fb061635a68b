import type { SelectField } from 'payload'

export const translationStatuses = ['missing', 'draft', 'reviewed', 'outdated'] as const
export type TranslationStatus = (typeof translationStatuses)[number]

/** Whether a language version can be trusted; shown honestly to visitors. */
export const translationStatusField = (overrides: Record<string, unknown> = {}): SelectField =>
  ({
  name: 'translationStatus',
  type: 'select',
  required: true,
  defaultValue: 'draft',
  options: [
    { label: 'Missing', value: 'missing' },
    { label: 'Draft translation', value: 'draft' },
    { label: 'Reviewed', value: 'reviewed' },
    { label: 'Out of date', value: 'outdated' },
  ],
  ...overrides,
  }) as SelectField
