import { defaultLocale, type InterfaceLocale, isInterfaceLocale } from '../i18n/locales'

/**
 * Whose language a request is answered in:
 * - `admin`: a signed-in person in the admin. Payload has already chosen their interface language for the
 *   request (the language cookie of their account choice, else the Accept-Language the admin sends) and the
 *   admin's own strings are in it, so our messages follow the same choice.
 * - `visitor`: a public page, link or form: the language of the page it came from (a form's `lang` field or
 *   `?lang=`), else the browser's preferred language by q-value.
 * In both, an explicit `?lang=` wins (our own admin screens pass it when they fetch), and Finnish is the
 * default, as it is for the site and the admin.
 */
export type LanguageSource = 'admin' | 'visitor'

/** Enough of a request to read its language from: Payload's, Next's or a plain Request. */
export type LanguageRequest = {
  headers?: Headers
  url?: string
  i18n?: { language?: string }
}

/** Fields of a posted form or JSON body; a form's `lang` names the page it was sent from. */
export type BodyFields = Record<string, unknown>

function queryLanguage(req: LanguageRequest): string {
  try {
    return new URL(req.url ?? '', 'http://localhost').searchParams.get('lang') ?? ''
  } catch {
    return ''
  }
}

/** The interface language a browser prefers most, by the q-values of its Accept-Language header. */
export function preferredLanguage(header: string | null | undefined): InterfaceLocale | undefined {
  const wanted = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, order }
    })
    .filter((w) => w.base && w.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
  return wanted.find((w) => isInterfaceLocale(w.base))?.base as InterfaceLocale | undefined
}

/** The language (fi, sv or en) to answer this request in; see LanguageSource for the order of choices. */
export function requestLanguage(req: LanguageRequest, from: LanguageSource, body: BodyFields = {}): InterfaceLocale {
  const choices = [
    from === 'visitor' && typeof body.lang === 'string' ? body.lang : '',
    queryLanguage(req),
    from === 'admin' ? req.i18n?.language : '',
  ]
  const chosen = choices.find((c): c is InterfaceLocale => Boolean(c) && isInterfaceLocale(c as string))
  return chosen ?? preferredLanguage(req.headers?.get('accept-language')) ?? (defaultLocale as InterfaceLocale)
}
