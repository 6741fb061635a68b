/** Where a chart sits under the slide's title, in inches. */
export const chartBox = { x: 0.5, y: 1.1, w: 9, h: 4.3 }

/** Type sizes for a projected chart: read from the back of a council chamber, not only on a laptop. */
export const CHART_LEGEND_SIZE = 18
export const CHART_CATEGORY_SIZE = 16
export const CHART_VALUE_SIZE = 14
export const CHART_DATA_LABEL_SIZE = 16

/**
 * A value axis for counts (participants, cards): whole-number steps from
 * zero, at most `maxTicks` of them, so the chart never shows "2.5 people".
 * Steps are 1, 2 or 5 times a power of ten.
 */
export function countAxis(values: number[], maxTicks = 8): { step: number; max: number } {
  const top = Math.max(0, ...values.filter(Number.isFinite))
  for (let power = 1; ; power *= 10) {
    const step = [1, 2, 5].map((m) => m * power).find((s) => Math.ceil(top / s) <= maxTicks)
    if (step) return { step, max: Math.max(step, Math.ceil(top / step) * step) }
  }
}

/** The options every column chart of counts shares: whole-number axis and labels, in sizes legible when projected. */
export function countChart(values: number[], font: string) {
  const axis = countAxis(values)
  return {
    barDir: 'col' as const,
    valAxisMinVal: 0,
    valAxisMaxVal: axis.max,
    valAxisMajorUnit: axis.step,
    valAxisLabelFormatCode: '0',
    valAxisLabelFontSize: CHART_VALUE_SIZE,
    valAxisLabelFontFace: font,
    catAxisLabelFontSize: CHART_CATEGORY_SIZE,
    catAxisLabelFontFace: font,
    catAxisLabelColor: '1A1A1A',
    valAxisLabelColor: '1A1A1A',
    showValue: true,
    dataLabelFormatCode: '0',
    dataLabelFontSize: CHART_DATA_LABEL_SIZE,
    dataLabelFontFace: font,
    dataLabelColor: '1A1A1A',
    dataLabelPosition: 'outEnd' as const,
  }
}
