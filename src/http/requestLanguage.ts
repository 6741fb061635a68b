import { acceptedLanguages } from '../i18n/acceptedLanguages'
import { defaultLocale, type InterfaceLocale, isInterfaceLocale } from '../i18n/locales'

/**
 * Whose language a request is answered in:
 * - `admin`: a signed-in person in the admin. Payload has already chosen their interface language for the
 *   request (the language cookie of their account choice, else the Accept-Language the browser sends), the
 *   same choice the admin's own screens were drawn in, so our messages follow it. A `?lang=` here names a
 *   document's language (the document downloads), never the person's, and is not read.
 * - `visitor`: a public page, link or form: the language of the page it came from (a form's `lang` field,
 *   else `?lang=`), else the browser's preferred language by q-value.
 * Finnish is the default, as it is for the site and the admin.
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
  return acceptedLanguages(header).find(isInterfaceLocale)
}

/** The language (fi, sv or en) to answer this request in; see LanguageSource for the order of choices. */
export function requestLanguage(req: LanguageRequest, from: LanguageSource, body: BodyFields = {}): InterfaceLocale {
  const choices =
    from === 'admin' ? [req.i18n?.language] : [typeof body.lang === 'string' ? body.lang : '', queryLanguage(req)]
  const chosen = choices.find((c): c is InterfaceLocale => Boolean(c) && isInterfaceLocale(c as string))
  return chosen ?? preferredLanguage(req.headers?.get('accept-language')) ?? (defaultLocale as InterfaceLocale)
}
