import { FieldRefusal } from '../errors/FieldRefusal'
import { type MessageValues, Refusal } from '../errors/Refusal'
import { type MessageKey, translate } from '../i18n/translate'
import { type BodyFields, type LanguageRequest, type LanguageSource, requestLanguage } from './requestLanguage'

/** One reason for a refusal: a sentence, and the field it is about when it is about one. */
export type RefusalItem = { message: string; path?: string }

/**
 * The one shape every refusal is answered in, Payload's own (`{ errors: [{ message, path? }] }`), so
 * the admin, the portal's scripts and the tests read every endpoint the same way.
 */
export function refusalBody(items: RefusalItem[]): { errors: RefusalItem[] } {
  return { errors: items.map(({ message, path }) => (path ? { message, path } : { message })) }
}

export type RefuseOptions = {
  values?: MessageValues
  /** The field the sentence is about. */
  path?: string
  /** Whose language to answer in (see LanguageSource); the admin's unless said otherwise. */
  from?: LanguageSource
  /** The posted fields, whose `lang` names a public form's page. */
  body?: BodyFields
}

const noStore = { 'Cache-Control': 'no-store' }

/** Refuses a request with `status` and the sentence `key` (`errors.*` in admin.json, or `event:errors.*`…). */
export function refuse(req: LanguageRequest, status: number, key: MessageKey, options: RefuseOptions = {}): Response {
  const message = translate(requestLanguage(req, options.from ?? 'admin', options.body), key, options.values)
  return Response.json(refusalBody([{ message, path: options.path }]), { status, headers: noStore })
}

/**
 * The answer for an error thrown while handling a request, when it is a refusal: our named refusals
 * (re-worded in the language `from` chooses) and Payload's own 4xx errors (validation, access). Payload's
 * are recognised by their status and data, not by class: in the production build our code and Payload's
 * route handlers can hold separate copies of Payload's classes, so `instanceof` would miss them.
 * Anything else is not a refusal but a fault: undefined, and the caller rethrows it for Payload to log.
 */
export function refusalResponse(
  req: LanguageRequest,
  error: unknown,
  from: LanguageSource = 'admin',
  body?: BodyFields,
): Response | undefined {
  const lang = requestLanguage(req, from, body)
  const status = (error as { status?: unknown } | null)?.status
  const ours = error instanceof Refusal || error instanceof FieldRefusal
  // Ours may be a 503 (e-mail not set up); anyone else's 5xx is a fault.
  if (typeof status !== 'number' || status < 400 || (!ours && status >= 500)) return undefined
  let items: RefusalItem[]
  if (error instanceof FieldRefusal) {
    items = error.problems.map((p) => ({ message: translate(lang, p.key, p.values), path: p.path }))
  } else if (error instanceof Refusal) {
    items = [{ message: error.messageIn(lang) }]
  } else {
    const fieldErrors = (error as { data?: { errors?: unknown } }).data?.errors
    items =
      Array.isArray(fieldErrors) && fieldErrors.length
        ? (fieldErrors as RefusalItem[]).map((e) => ({ message: String(e.message), path: e.path }))
        : [{ message: String((error as Error).message) }]
  }
  return Response.json(refusalBody(items), { status, headers: noStore })
}
