import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { BoardApp } from '@/components/event/BoardApp'
import { boardMessages } from '@/components/event/boardMessages'
import styles from '@/components/event/event.module.css'
import { getTranslator } from '@/i18n/getTranslator'
import { eventCards } from '@/projects/board/eventCards'
import { findEventByToken } from '@/projects/board/findEventByToken'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ lang: string; token: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params
  const t = await getTranslator(lang, 'event')
  // A board link is a secret; it must never end up in a search index or a referrer.
  return { title: t('board.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

export default async function BoardPage({ params }: Params) {
  const { lang, token } = await params
  const t = await getTranslator(lang, 'event')
  const payload = await getPayload({ config })
  const found = await findEventByToken(payload, 'board', token, lang)
  if (!found.ok) {
    return (
      <main id="main" className={styles.page}>
        <h1>{t('board.title')}</h1>
        <p role="alert">{t(`errors.${found.reason}`)}</p>
      </main>
    )
  }
  const { event } = found
  const data = {
    title: event.title,
    groups: (event.smallGroups ?? []).map((g) => g.name),
    axes: {
      xLow: event.grid?.xAxisLow ?? '',
      xHigh: event.grid?.xAxisHigh ?? '',
      yLow: event.grid?.yAxisLow ?? '',
      yHigh: event.grid?.yAxisHigh ?? '',
    },
    cards: await eventCards(payload, event, lang),
  }
  return (
    <main id="main" className={styles.page}>
      <h1>
        {t('board.title')}: {event.title}
      </h1>
      <BoardApp token={token} lang={lang} data={data} m={boardMessages(t, data)} />
    </main>
  )
}
