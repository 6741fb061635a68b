import { type PayloadRequest, ValidationError } from 'payload'

import { requestLanguage } from '../http/requestLanguage'
import type { MessageKey } from '../i18n/translate'
import { translate } from '../i18n/translate'
import type { MessageValues } from './Refusal'

/** One field's reason: the field's path (`event`, `versions.2.language`) and the sentence's key. */
export type FieldProblem = { path: string; key: MessageKey; values?: MessageValues }

/**
 * A save refused because of what one or more fields hold, raised by a hook (the fifth action of an
 * event, a card from another project, an approved report's lock). The admin shows each sentence at its
 * field, and the error's own message, which the admin puts in its toast, is the sentence itself rather
 * than Payload's "The following field is invalid: event". Sentences are in the admin language of the
 * person saving.
 */
export class FieldRefusal extends ValidationError {
  readonly problems: FieldProblem[]

  constructor(req: PayloadRequest, collection: string, problems: FieldProblem | FieldProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems]
    const lang = requestLanguage(req, 'admin')
    const errors = list.map((p) => ({ path: p.path, message: translate(lang, p.key, p.values) }))
    super({ collection, errors, req })
    // The admin's toast splits a message at its first colon into a field list; the sentences have none.
    this.message = [...new Set(errors.map((e) => e.message))].join(' ')
    this.name = 'FieldRefusal'
    this.problems = list
  }
}
