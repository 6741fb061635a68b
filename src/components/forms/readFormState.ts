export type SearchParams = Record<string, string | string[] | undefined>

export function first(params: SearchParams, name: string): string {
  const v = params[name]
  return (Array.isArray(v) ? v[0] : v) ?? ''
}

export function all(params: SearchParams, name: string): string[] {
  const v = params[name]
  return v === undefined ? [] : Array.isArray(v) ? v : [v]
}

/** The endpoints redirect with `error=field1,field2` (never echoing what was typed, which may be personal). */
export function erroredFields(params: SearchParams): string[] {
  return first(params, 'error').split(',').filter(Boolean).slice(0, 20)
}
