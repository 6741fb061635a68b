import { getTranslator } from '../../i18n/getTranslator'
import { type ComposedMessage, composeMessage } from './composeMessage'

export async function confirmationMessage(lang: string, confirmUrl: string): Promise<ComposedMessage> {
  const t = await getTranslator(lang, 'email')
  return composeMessage(
    lang,
    t('confirm.subject'),
    [
      { paragraph: t('confirm.intro') },
      { link: { href: confirmUrl, label: t('confirm.action') } },
      { paragraph: t('confirm.validity') },
      { paragraph: t('confirm.ignore') },
    ],
    [{ paragraph: t('signature') }],
  )
}
