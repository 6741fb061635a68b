/** Tones, not colours: the admin stylesheet gives each a fill with 3:1 against both themes' backgrounds. */
export type Tone = 'positive' | 'negative' | 'neutral'
export type Bar = { label: string; values: { value: number; tone: Tone; name: string }[] }

/**
 * A horizontal bar chart as plain SVG, rendered on the server. The figure's
 * text alternative lists every number, so a screen reader user gets the same
 * information as a sighted one.
 */
export function BarChart({
  id,
  title,
  summary,
  bars,
  empty,
}: {
  id: string
  title: string
  summary: string
  bars: Bar[]
  empty: string
}) {
  if (bars.length === 0) {
    return (
      <figure>
        <figcaption>
          <strong>{title}</strong>
        </figcaption>
        <p>{empty}</p>
      </figure>
    )
  }
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((s, v) => s + v.value, 0)))
  const rowHeight = 28
  const labelWidth = 200
  const width = 560
  const barSpace = width - labelWidth - 40
  return (
    <figure data-chart={id} className="bar-chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width={width}
        height={bars.length * rowHeight + 8}
        viewBox={`0 0 ${width} ${bars.length * rowHeight + 8}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, i) => {
          let x = labelWidth
          const y = i * rowHeight + 4
          const total = bar.values.reduce((s, v) => s + v.value, 0)
          return (
            <g key={bar.label + i}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="13" className="bar-chart__text">
                {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
              </text>
              {bar.values.map((v) => {
                const w = (v.value / max) * barSpace
                const rect = (
                  <rect
                    key={v.name}
                    x={x}
                    y={y}
                    width={w}
                    height={rowHeight - 8}
                    className={`bar-chart__bar bar-chart__bar--${v.tone}`}
                  />
                )
                x += w
                return rect
              })}
              <text x={x + 6} y={y + 17} fontSize="13" className="bar-chart__text">
                {total}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
