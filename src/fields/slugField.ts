import type { TextField } from 'payload'

import { fieldMessage, type FieldOptions } from '../errors/fieldMessage'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The address of a page, material or municipality. Filled from `from` when left
 * empty, so editors rarely type one; one slug for all languages keeps the
 * language switcher on the same page.
 */
export const slugField = (from = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description:
      'The address in the portal: lowercase letters, digits and hyphens. Filled in from the title if left empty.',
  },
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        const source = data?.[from]
        if (typeof source === 'string' && source.trim()) return slugify(source)
        if (source && typeof source === 'object') {
          const first = Object.values(source as Record<string, unknown>).find((v) => typeof v === 'string' && v)
          if (typeof first === 'string') return slugify(first)
        }
        return value
      },
    ],
  },
  validate: (value: unknown, { req }: FieldOptions) =>
    typeof value === 'string' && slugPattern.test(value) ? true : fieldMessage(req, 'errors.slugFormat'),
})
