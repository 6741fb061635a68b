import type { Field, SelectField } from 'payload'

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

/**
 * Who marked this language version reviewed, and when. Localized like the status;
 * set only by the portal (src/translations/recordTranslationReview.ts), never typed in.
 */
export const translationReviewFields = (): Field[] => [
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    localized: true,
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true, description: 'Who marked this language version reviewed.' },
  },
  {
    name: 'reviewedAt',
    type: 'date',
    localized: true,
    access: { create: () => false, update: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'When this language version was marked reviewed.',
      date: { pickerAppearance: 'dayAndTime' },
    },
  },
]
