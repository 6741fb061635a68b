/** A relationship value's id, whether or not it was populated. */
export function idOf(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return String(value)
}

/** A populated relationship as an object, or undefined when it came back as a bare id. */
export function populated<T extends object>(value: unknown): T | undefined {
  return value && typeof value === 'object' ? (value as T) : undefined
}
