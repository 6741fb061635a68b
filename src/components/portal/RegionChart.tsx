import { regions } from '@/fields/regions'
import { getTranslator } from '@/i18n/getTranslator'

/** A region's name in the visitor's interface language (Finnish for the material languages). */
export function regionName(value: string, lang: string): string {
  const r = regions.find((x) => x.value === value)
  if (!r) return value
  return lang === 'sv' ? r.sv : lang === 'en' ? r.en : r.fi
}

/**
 * The spread of the work by region as a server-rendered bar chart. The SVG is
 * one image with a name and description; the same figures follow in a table,
 * which is the text alternative screen readers and printouts rely on.
 */
export async function RegionChart({ lang, counts }: { lang: string; counts: { region: string; count: number }[] }) {
  const t = await getTranslator(lang, 'portal')
  const max = Math.max(1, ...counts.map((c) => c.count))
  const row = 28
  const labelWidth = 190
  const barWidth = 320
  const height = counts.length * row + 10
  return (
    <figure className="region-chart">
      <svg
        role="img"
        aria-labelledby="region-chart-title region-chart-desc"
        viewBox={`0 0 ${labelWidth + barWidth + 50} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="region-chart-title">{t('municipalities.chartTitle')}</title>
        <desc id="region-chart-desc">{t('municipalities.chartDesc')}</desc>
        {counts.map((c, i) => {
          const y = i * row + 5
          const w = Math.max(4, (c.count / max) * barWidth)
          return (
            <g key={c.region} aria-hidden="true">
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="region-chart__label">
                {regionName(c.region, lang)}
              </text>
              <rect x={labelWidth} y={y + 3} width={w} height={row - 8} className="region-chart__bar" rx="2" />
              <text x={labelWidth + w + 6} y={y + 17} className="region-chart__value">
                {c.count}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>
        <table className="data-table">
          <caption>{t('municipalities.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('municipalities.region')}</th>
              <th scope="col">{t('municipalities.count')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.region}>
                <th scope="row">{regionName(c.region, lang)}</th>
                <td>{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  )
}
