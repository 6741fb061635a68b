import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import styles from '@/components/event/event.module.css'
import { type TallyMessages, TallyScreen } from '@/components/event/TallyScreen'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { directionOf } from '@/i18n/locales'
import { eventTally } from '@/projects/board/eventTally'
import { findEventByToken } from '@/projects/board/findEventByToken'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ lang: string; token: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params
  const t = await getTranslator(lang, 'event')
  return { title: t('tally.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

/** The facilitator's screen, opened with the event's board link: whoever runs the board may see its tally. */
export default async function TallyPage({ params }: Params) {
  const { lang, token } = await params
  const t = await getTranslator(lang, 'event')
  // The residents' languages have no board texts yet: what falls back to Finnish is marked as Finnish.
  const textLang = textLanguage(lang, 'event')
  const marked = textLang !== lang ? { lang: textLang, dir: directionOf(textLang) } : {}
  const payload = await getPayload({ config })
  const found = await findEventByToken(payload, 'board', token, lang)
  if (!found.ok) {
    return (
      <main id="main" className={`${styles.page} ${styles.wide}`} {...marked}>
        <h1>{t('tally.title')}</h1>
        <p role="alert">{t(`errors.${found.reason}`)}</p>
      </main>
    )
  }
  const tally = await eventTally(payload, found.event, lang)
  const m: TallyMessages = {
    groupsAnswered: t('tally.groupsAnswered', { groups: '%GROUPS%' }),
    none: t('tally.none'),
    caption: t('tally.intro'),
    card: t('tally.card'),
    more: t('tally.more'),
    less: t('tally.less'),
    notes: t('tally.notes'),
    network: t('errors.network'),
  }
  return (
    <main id="main" className={`${styles.page} ${styles.wide}`} {...marked}>
      <h1>
        {t('tally.title')}: {found.event.title}
      </h1>
      <TallyScreen
        token={token}
        lang={lang}
        initial={{ cards: tally.cards, groupsAnswered: tally.groupsAnswered }}
        m={m}
      />
    </main>
  )
}
