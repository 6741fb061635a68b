import { APIError } from 'payload'

import { type LanguageRequest, type LanguageSource, requestLanguage } from '../http/requestLanguage'
import { type MessageKey, translate } from '../i18n/translate'

export type MessageValues = Record<string, unknown>

/**
 * A request refused for a reason the person can act on (409 "still in use", 503 "e-mail not set up", …),
 * with one sentence from locales/<lang>/ in the language of whoever asked.
 *
 * Name and data are set by hand on purpose: the production build minifies class names, and Payload
 * answers an APIError whose name is empty and whose data is null with "An unknown error occurred."
 * instead of its message (formatErrors). With data set, the admin shows the sentence as it is.
 */
export class Refusal extends APIError<{ key: MessageKey }> {
  readonly key: MessageKey
  readonly values: MessageValues

  constructor(
    req: LanguageRequest | null | undefined,
    status: number,
    key: MessageKey,
    values: MessageValues = {},
    from: LanguageSource = 'admin',
  ) {
    super(translate(req ? requestLanguage(req, from) : 'fi', key, values), status, { key }, true)
    this.name = 'Refusal'
    this.key = key
    this.values = values
  }

  /** The same sentence in another language, for an endpoint that answers a visitor in the page's language. */
  messageIn(lang: string): string {
    return translate(lang, this.key, this.values)
  }
}
