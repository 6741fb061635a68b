import { type LanguageRequest, requestLanguage } from '../http/requestLanguage'
import { type MessageKey, translate } from '../i18n/translate'
import type { MessageValues } from './Refusal'

/**
 * A field validator's sentence in the admin language of the person editing. Payload shows it at the
 * field, both while they type (the form state is validated on the server with their request) and
 * when a save is refused.
 */
export function fieldMessage(req: LanguageRequest | undefined, key: MessageKey, values: MessageValues = {}): string {
  return translate(req ? requestLanguage(req, 'admin') : 'fi', key, values)
}

/** The part of a validator's options a message needs: the request, for its language. */
export type FieldOptions = { req?: LanguageRequest }
