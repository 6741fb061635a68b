import type { PayloadHandler } from 'payload'

import { refusalResponse } from './refuse'
import type { LanguageSource } from './requestLanguage'

/**
 * Every custom endpoint's handler runs through here. A refusal thrown anywhere inside it (a body
 * readBody will not take, a hook's FieldRefusal, Payload's own ValidationError or Forbidden) is
 * answered in the one refusal shape, in the language `from` chooses; anything else is a fault and
 * goes on to Payload, which logs it and answers 500 without details.
 */
export function endpoint(from: LanguageSource, handler: PayloadHandler): PayloadHandler {
  return async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      const answer = refusalResponse(req, error, from)
      if (answer) return answer
      throw error
    }
  }
}
