import type { NumberField } from 'payload'

/** Counts of people: whole numbers, never negative. */
export const wholeNumberField = (name: string, overrides: Record<string, unknown> = {}): NumberField =>
  ({
    name,
    type: 'number',
    min: 0,
    validate: (value: unknown) => {
      if (value === null || value === undefined) return overrides.required ? 'Enter a number.' : true
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        return 'Enter a whole number, 0 or more.'
      }
      return true
    },
    ...overrides,
  }) as NumberField
