import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { getTranslator } from '../../i18n/getTranslator'
import { type ComposedMessage, composeMessage } from '../messages/composeMessage'
import { type MailLanguage, mailLanguages } from '../signup/validateInput'

/** Stand-ins for each recipient's own links, replaced per message (rendering 10,000 copies would be waste). */
export const placeholders = { unsubscribe: '%%UNSUBSCRIBE_URL%%', myData: '%%MY_DATA_URL%%' }

type Localized<T> = Partial<Record<string, T>> | T | null | undefined
export type NewsletterAllLocales = { subject?: Localized<string>; body?: Localized<unknown> }

function pick<T>(value: Localized<T>, lang: string): T | undefined {
  if (value && typeof value === 'object' && !('root' in (value as object))) {
    const map = value as Partial<Record<string, T>>
    return map[lang] ?? map.fi ?? map.en ?? map.sv ?? undefined
  }
  return (value as T) ?? undefined
}

/**
 * The newsletter in each mail language, read with `locale: 'all'`: a language
 * the editor has not written falls back to Finnish, then English.
 */
export async function renderNewsletter(
  newsletter: NewsletterAllLocales,
): Promise<Record<MailLanguage, ComposedMessage>> {
  const out = {} as Record<MailLanguage, ComposedMessage>
  for (const lang of mailLanguages) {
    const t = await getTranslator(lang, 'email')
    const body = pick(newsletter.body, lang) as Parameters<typeof convertLexicalToHTML>[0]['data'] | undefined
    const html = body ? convertLexicalToHTML({ data: body, disableContainer: true }) : ''
    const text = body ? convertLexicalToPlaintext({ data: body }) : ''
    out[lang] = composeMessage(
      lang,
      pick(newsletter.subject, lang) ?? '',
      [{ html, text }],
      [
        { paragraph: t('list.why') },
        { link: { href: placeholders.unsubscribe, label: t('list.unsubscribe') } },
        { link: { href: placeholders.myData, label: t('list.myData') } },
        { paragraph: t('signature') },
      ],
    )
  }
  return out
}
