import type { TFunction } from 'i18next'
import type { Payload } from 'payload'

import type { BoardAxes } from '../components/event/board/types'
import type { DecisionEvent } from '../payload-types'

const fields = { xLow: 'xAxisLow', xHigh: 'xAxisHigh', yLow: 'yAxisLow', yHigh: 'yAxisHigh' } as const

/**
 * The grid's four axis labels in the board's language: the coordinator's
 * own words where they wrote them in that language, otherwise the standard
 * labels from locales/<lang>/event.json (`board.axes`). Read without falling
 * back to Finnish, so an English board never shows Finnish axes.
 */
export async function loadBoardAxes(
  payload: Payload,
  event: Pick<DecisionEvent, 'id'>,
  lang: string,
  t: TFunction,
): Promise<BoardAxes> {
  const own = await payload.findByID({
    collection: 'decision-events',
    id: event.id,
    locale: lang as 'fi',
    fallbackLocale: false,
    // The board's secret token is the permission; only the grid's labels are read.
    overrideAccess: true,
    depth: 0,
    select: { grid: { xAxisLow: true, xAxisHigh: true, yAxisLow: true, yAxisHigh: true } },
  })
  const axes = {} as BoardAxes
  for (const key of Object.keys(fields) as (keyof BoardAxes)[]) {
    const written = own.grid?.[fields[key]]?.trim()
    axes[key] = written || t(`board.axes.${key}`)
  }
  return axes
}
