/**
 * What any text, date or list the portal stores must be, whoever sends it (a form, a script, the
 * admin): checked before anything else looks at it, so that a wrong type, a control character or an
 * absurd size is a refusal with a sentence and never a crash or stored garbage.
 */

/** The deepest a JSON body may nest (the deepest form the portal has is about six levels). */
export const maxNesting = 32

/** The most items any list in a body may hold, unless its field says fewer (maxRows). */
export const maxListItems = 1000

/** NUL and the other C0/C1 control characters, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex
const controlInOneLine = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/
/** In multi-line text: tabs and line breaks are fine, other control characters are not. */
// eslint-disable-next-line no-control-regex
const controlInMultiLine = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

export type TextProblem = 'notText' | 'nul' | 'oneLine'

/** Why a text field's value cannot be stored, or undefined when it can. */
export function textProblem(value: unknown, options: { multiLine: boolean }): TextProblem | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'string') return 'notText'
  if (value.includes('\u0000')) return 'nul'
  if ((options.multiLine ? controlInMultiLine : controlInOneLine).test(value)) return 'oneLine'
  return undefined
}

/** A date field's value is a date Payload can store (an ISO string, a timestamp or a Date). */
export function isStorableDate(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return false
  const time = new Date(value).getTime()
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15
}

export type ShapeProblem = { kind: 'tooDeep' } | { kind: 'tooMany'; path: string }

/**
 * Walks a parsed body without recursion (a 5,000-deep body must not overflow the stack here either):
 * nested deeper than maxNesting, or a list longer than maxListItems, is a problem.
 */
export function shapeProblem(root: unknown): ShapeProblem | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: root, depth: 0, path: '' }]
  while (stack.length) {
    const { value, depth, path } = stack.pop()!
    if (!value || typeof value !== 'object') continue
    if (depth > maxNesting) return { kind: 'tooDeep' }
    const at = (key: string | number) => (path ? `${path}.${key}` : String(key))
    if (Array.isArray(value)) {
      if (value.length > maxListItems) return { kind: 'tooMany', path }
      value.forEach((item, i) => stack.push({ value: item, depth: depth + 1, path: at(i) }))
    } else {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, depth: depth + 1, path: at(key) })
    }
  }
  return undefined
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value)
}
