import config from '@payload-config'
import { getPayload } from 'payload'

import { regions } from '@/fields/regions'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { loadMunicipalities } from '@/portal/loadMunicipalities'
import { isPublicPhase, publicPhases } from '@/portal/publicPhase'

import { RegionChart, regionName } from './RegionChart'

export type MunicipalityListViewProps = { lang: string; q?: string; region?: string; phase?: string }

/** Municipalities grouped by region with their phase, a GET search form and the picture by region. */
export async function MunicipalityListView({ lang, q, region, phase }: MunicipalityListViewProps) {
  const textLang = textLanguage(lang, 'portal')
  const t = await getTranslator(textLang, 'portal')
  const payload = await getPayload({ config })
  const chosenRegion = regions.some((r) => r.value === region) ? region : undefined
  const chosenPhase = isPublicPhase(phase) ? phase : undefined
  const query = q?.slice(0, 100)
  const { municipalities, byRegion, regionCounts } = await loadMunicipalities(payload, textLang, {
    q: query,
    region: chosenRegion,
    phase: chosenPhase,
  })
  const filtered = Boolean(query || chosenRegion || chosenPhase)
  return (
    <>
      <h1>{t('municipalities.title')}</h1>
      <p className="lead">{t('municipalities.intro')}</p>
      <RegionChart lang={textLang} counts={regionCounts} />
      <form className="filters" action={`/${lang}/municipalities`} method="get">
        <fieldset>
          <legend>{t('municipalities.filterTitle')}</legend>
          <div className="filters__field">
            <label htmlFor="filter-q">{t('municipalities.search')}</label>
            <input id="filter-q" name="q" type="search" defaultValue={query ?? ''} />
          </div>
          <div className="filters__field">
            <label htmlFor="filter-region">{t('municipalities.region')}</label>
            <select id="filter-region" name="region" defaultValue={chosenRegion ?? ''}>
              <option value="">{t('municipalities.all')}</option>
              {regions.map((r) => (
                <option key={r.value} value={r.value}>
                  {regionName(r.value, textLang)}
                </option>
              ))}
            </select>
          </div>
          <div className="filters__field">
            <label htmlFor="filter-phase">{t('municipalities.phase')}</label>
            <select
              id="filter-phase"
              name="phase"
              defaultValue={chosenPhase ?? ''}
              aria-describedby="filter-phase-help"
            >
              <option value="">{t('municipalities.all')}</option>
              {publicPhases.map((p) => (
                <option key={p} value={p}>
                  {t(`municipalities.phases.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('municipalities.apply')}</button>
          <p id="filter-phase-help" className="filters__help">
            {t('municipalities.phaseHelp')}
          </p>
          {filtered && <a href={`/${lang}/municipalities`}>{t('municipalities.clear')}</a>}
        </fieldset>
      </form>
      <p role="status" className="result-count">
        {t('municipalities.results', { count: municipalities.length })}
      </p>
      {!municipalities.length && <p>{t('municipalities.none')}</p>}
      {byRegion.map((group) => (
        <section key={group.region} aria-labelledby={`region-${group.region}`}>
          <h2 id={`region-${group.region}`}>{regionName(group.region, textLang)}</h2>
          <ul className="municipality-list">
            {group.municipalities.map((m) => (
              <li key={m.id}>
                <a href={`/${lang}/municipalities/${m.slug}`}>{lang === 'sv' && m.nameSv ? m.nameSv : m.name}</a>{' '}
                <span className="phase">{t(`municipalities.phases.${m.publicPhase}`)}</span>
                {m.isExample && <span className="status status--example">{t('municipalities.example')}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
