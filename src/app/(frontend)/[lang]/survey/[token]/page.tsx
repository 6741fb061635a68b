import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import styles from '@/components/event/event.module.css'
import { SurveyForm } from '@/components/event/SurveyForm'
import { respondentGroups, surveyEffects, type SurveyMessages } from '@/components/event/surveyMessages'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { directionOf } from '@/i18n/locales'
import { findEventByToken } from '@/projects/board/findEventByToken'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ lang: string; token: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params
  const t = await getTranslator(lang, 'event')
  return { title: t('survey.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

export default async function SurveyPage({ params }: Params) {
  const { lang, token } = await params
  const t = await getTranslator(lang, 'event')
  // The residents' languages have no board texts yet: what falls back to Finnish is marked as Finnish.
  const textLang = textLanguage(lang, 'event')
  const marked = textLang !== lang ? { lang: textLang, dir: directionOf(textLang) } : {}
  const payload = await getPayload({ config })
  const found = await findEventByToken(payload, 'survey', token, lang)
  if (!found.ok) {
    return (
      <main id="main" className={styles.page} {...marked}>
        <h1>{t('survey.title')}</h1>
        <p role="alert">{t(`errors.${found.reason}`)}</p>
      </main>
    )
  }
  const m: SurveyMessages = {
    respondentGroup: t('survey.respondentGroup'),
    chooseOne: t('survey.chooseOne'),
    groups: Object.fromEntries(respondentGroups.map((g) => [g, t(`survey.groups.${g}`)])) as SurveyMessages['groups'],
    dataCollectionEffect: t('survey.dataCollectionEffect'),
    eventEffect: t('survey.eventEffect'),
    effects: Object.fromEntries(surveyEffects.map((e) => [e, t(`survey.effects.${e}`)])) as SurveyMessages['effects'],
    intentions: t('survey.intentions'),
    comments: t('survey.comments'),
    submit: t('survey.submit'),
    sending: t('survey.sending'),
    thanks: t('survey.thanks'),
    alreadyAnswered: t('survey.alreadyAnswered'),
    answerAgain: t('survey.answerAgain'),
    network: t('errors.network'),
  }
  return (
    <main id="main" className={styles.page} {...marked}>
      <h1>
        {t('survey.title')}: {found.event.title}
      </h1>
      <p>{t('survey.intro')}</p>
      <SurveyForm token={token} lang={lang} m={m} />
    </main>
  )
}
