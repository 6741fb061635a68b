import type { SelectField } from 'payload'

export const toolkitParts = ['sessions', 'event', 'monitoring', 'guidance'] as const
export type ToolkitPart = (typeof toolkitParts)[number]

/** Which part of the toolkit a material or page serves; the library is grouped by it. */
export const toolkitPartField = (overrides: Record<string, unknown> = {}): SelectField =>
  ({
    name: 'part',
    type: 'select',
    required: true,
    defaultValue: 'sessions',
    options: [
      { label: 'Discussion sessions', value: 'sessions' },
      { label: 'Decision-maker event', value: 'event' },
      { label: 'Monitoring and impact evaluation', value: 'monitoring' },
      { label: 'Guidance', value: 'guidance' },
    ],
    admin: { position: 'sidebar' },
    ...overrides,
  }) as SelectField
