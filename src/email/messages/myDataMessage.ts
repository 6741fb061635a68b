import { regions as regionList } from '../../fields/regions'
import { getTranslator } from '../../i18n/getTranslator'
import type { InterfaceLocale } from '../../i18n/locales'
import type { Subscriber } from '../../payload-types'
import { type ComposedMessage, composeMessage } from './composeMessage'

/** The subscriber's data itself, sent only to their own address, with the link to delete it. */
export async function myDataMessage(subscriber: Subscriber, deleteUrl: string): Promise<ComposedMessage> {
  const lang = subscriber.language ?? 'fi'
  const t = await getTranslator(lang, 'email')
  const tf = await getTranslator(lang, 'forms')
  const regionNames = (subscriber.regions ?? [])
    .map((v) => regionList.find((r) => r.value === v)?.[lang as InterfaceLocale] ?? v)
    .join(', ')
  const date = (value?: string | null) => (value ? new Date(value).toISOString().slice(0, 10) : t('myData.none'))
  return composeMessage(
    lang,
    t('myData.subject'),
    [
      { paragraph: t('myData.intro') },
      {
        list: [
          [t('myData.email'), subscriber.email],
          [t('myData.language'), tf(`languages.${lang}`)],
          [t('myData.regions'), regionNames || t('myData.none')],
          [t('myData.status'), t(`myData.statuses.${subscriber.status}`)],
          [t('myData.consentAt'), date(subscriber.consentAt)],
          [t('myData.confirmedAt'), date(subscriber.confirmedAt)],
        ],
      },
      { paragraph: t('myData.deleteNote') },
      { link: { href: deleteUrl, label: t('myData.deleteAction') } },
    ],
    [{ paragraph: t('signature') }],
  )
}
