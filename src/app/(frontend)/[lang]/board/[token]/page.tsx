import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { BoardApp } from '@/components/event/board/BoardApp'
import { boardMessages } from '@/components/event/board/boardMessages'
import type { BoardData } from '@/components/event/board/types'
import styles from '@/components/event/event.module.css'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { directionOf } from '@/i18n/locales'
import { loadBoardAxes } from '@/portal/loadBoardAxes'
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
  // The residents' languages have no board texts yet: what falls back to Finnish is marked as Finnish.
  const textLang = textLanguage(lang, 'event')
  const marked = textLang !== lang ? { lang: textLang, dir: directionOf(textLang) } : {}
  const payload = await getPayload({ config })
  const found = await findEventByToken(payload, 'board', token, lang)
  if (!found.ok) {
    return (
      <main id="main" className={styles.page} {...marked}>
        <h1>{t('board.title')}</h1>
        <p role="alert">{t(`errors.${found.reason}`)}</p>
      </main>
    )
  }
  const { event } = found
  const data: BoardData = {
    title: event.title,
    groups: (event.smallGroups ?? []).map((g) => g.name),
    axes: await loadBoardAxes(payload, event, lang, t),
    cards: await eventCards(payload, event, lang),
  }
  return (
    <main id="main" className={styles.page} {...marked}>
      <h1>
        {t('board.title')}: {event.title}
      </h1>
      <BoardApp token={token} lang={lang} data={data} m={boardMessages(t, data)} />
    </main>
  )
}
