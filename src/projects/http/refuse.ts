import type { PayloadRequest } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import { requestLanguage } from './requestLanguage'

/** A JSON error whose message is in the asker's language (keys under `errors.` in locales/<lang>/event.json). */
export async function refuse(
  req: PayloadRequest,
  status: number,
  key: string,
  extra: Record<string, unknown> = {},
): Promise<Response> {
  const t = await getTranslator(requestLanguage(req), 'event')
  return Response.json({ error: key, message: t(`errors.${key}`), ...extra }, { status })
}
