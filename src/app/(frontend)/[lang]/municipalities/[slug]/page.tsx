import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { FallbackNotice } from '@/components/portal/FallbackNotice'
import { regionName } from '@/components/portal/RegionChart'
import { Shell } from '@/components/portal/Shell'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { interfaceLocales } from '@/i18n/locales'
import { buildMetadata } from '@/portal/buildMetadata'
import { loadMunicipalityProfile } from '@/portal/loadMunicipalityProfile'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const profile = await loadMunicipalityProfile(await getPayload({ config }), slug, textLanguage(lang, 'portal'))
  if (!profile) return {}
  const c = await getTranslator(lang)
  const m = profile.municipality
  return buildMetadata({
    lang,
    path: `/municipalities/${slug}`,
    title: lang === 'sv' && m.nameSv ? m.nameSv : m.name,
    siteName: c('siteName'),
    description: m.summary,
    languages: interfaceLocales,
  })
}

/** One municipality's public profile: summary, languages, sessions (aggregate), the event, public actions. */
export default async function MunicipalityPage({ params }: Props) {
  const { lang, slug } = await params
  const textLang = textLanguage(lang, 'portal')
  const profile = await loadMunicipalityProfile(await getPayload({ config }), slug, textLang)
  if (!profile) notFound()
  const t = await getTranslator(textLang, 'portal')
  const { municipality: m, phase, languages, sessionsHeld, decisionEventHeld, actions, summaryFellBack } = profile
  return (
    <Shell lang={lang} path={`/municipalities/${slug}`} textLang={textLang}>
      <p>
        <a href={`/${lang}/municipalities`}>{t('municipalities.back')}</a>
      </p>
      <article>
        <h1>{lang === 'sv' && m.nameSv ? m.nameSv : m.name}</h1>
        <dl className="facts">
          <dt>{t('municipalities.region')}</dt>
          <dd>{regionName(m.region, textLang)}</dd>
          <dt>{t('municipalities.phase')}</dt>
          <dd>{t(`municipalities.phases.${phase}`)}</dd>
          {m.partnerMunicipalities?.length ? (
            <>
              <dt>{t('municipalities.partners')}</dt>
              <dd>{m.partnerMunicipalities.map((p) => p.name).join(', ')}</dd>
            </>
          ) : null}
        </dl>
        {m.isExample && <p className="notice">{t('demo')}</p>}
        {m.summary && (
          <section aria-labelledby="summary-title">
            <h2 id="summary-title">{t('municipalities.summary')}</h2>
            {summaryFellBack && <FallbackNotice lang={textLang} />}
            <p lang={summaryFellBack ? 'fi' : undefined}>{m.summary}</p>
          </section>
        )}
        <section aria-labelledby="languages-title">
          <h2 id="languages-title">{t('municipalities.languagesUsed')}</h2>
          {languages.length ? (
            <ul className="language-list">
              {languages.map((l) => (
                <li key={l.id}>
                  {l.name}{' '}
                  {l.code !== textLang && (
                    <span lang={l.code} dir={l.direction}>
                      ({l.nativeName})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('municipalities.noLanguages')}</p>
          )}
        </section>
        <section aria-labelledby="sessions-title">
          <h2 id="sessions-title">{t('municipalities.sessionsHeld')}</h2>
          <p>
            {sessionsHeld.kind === 'exact'
              ? t('municipalities.sessionsCount', { count: sessionsHeld.value })
              : sessionsHeld.kind === 'few'
                ? t('municipalities.sessionsFew')
                : t('municipalities.sessionsNone')}
          </p>
        </section>
        <section aria-labelledby="event-title">
          <h2 id="event-title">{t('municipalities.eventHeld')}</h2>
          <p>{decisionEventHeld ? t('municipalities.eventYes') : t('municipalities.eventNo')}</p>
        </section>
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">{t('municipalities.actions')}</h2>
          {actions.length ? (
            <ul className="actions">
              {actions.map((a) => (
                <li key={a.id} className="card" lang="fi">
                  <h3>{a.title}</h3>
                  {a.description && <p>{a.description}</p>}
                  <p lang={textLang}>
                    <span className={`status status--action-${a.status}`}>
                      {t(`municipalities.actionStatus.${a.status}`)}
                    </span>{' '}
                    {typeof a.progress === 'number' && t('municipalities.progress', { value: a.progress })}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('municipalities.noActions')}</p>
          )}
        </section>
      </article>
    </Shell>
  )
}
