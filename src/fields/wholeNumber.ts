import type { NumberField } from 'payload'

import { fieldMessage, type FieldOptions } from '../errors/fieldMessage'

/** Counts of people: whole numbers, never negative. */
export const wholeNumberField = (name: string, overrides: Record<string, unknown> = {}): NumberField =>
  ({
    name,
    type: 'number',
    min: 0,
    validate: (value: unknown, { req }: FieldOptions = {}) => {
      if (value === null || value === undefined)
        return overrides.required ? fieldMessage(req, 'errors.numberRequired') : true
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        return fieldMessage(req, 'errors.wholeNumber')
      }
      return true
    },
    ...overrides,
  }) as NumberField
