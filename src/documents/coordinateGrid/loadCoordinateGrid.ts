import type { Payload } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'
import type { DecisionEvent } from '../../payload-types'
import { loadDocumentTexts } from '../documentTexts/loadDocumentTexts'
import type { ReadAs } from '../shared/access'
import { type DocumentFile, fileName, PPTX } from '../shared/documentFile'
import { renderCoordinateGrid } from './renderCoordinateGrid'

/**
 * The coordinate grid: axis labels from the CMS texts, or an event's own
 * labels when its team has changed them (read in the same locale).
 */
export async function loadCoordinateGrid(
  payload: Payload,
  locale: string,
  as: ReadAs,
  event?: DecisionEvent,
): Promise<DocumentFile> {
  const [texts, t] = await Promise.all([loadDocumentTexts(payload, locale, as), getTranslator(locale, 'documents')])
  const own = event?.grid
  const grid = {
    ...texts.grid,
    xAxisLow: own?.xAxisLow || texts.grid.xAxisLow,
    xAxisHigh: own?.xAxisHigh || texts.grid.xAxisHigh,
    yAxisLow: own?.yAxisLow || texts.grid.yAxisLow,
    yAxisHigh: own?.yAxisHigh || texts.grid.yAxisHigh,
  }
  const data = await renderCoordinateGrid({
    locale,
    texts: grid,
    title: event?.title,
    altText: t('grid.alt', { xLow: grid.xAxisLow, xHigh: grid.xAxisHigh, yLow: grid.yAxisLow, yHigh: grid.yAxisHigh }),
  })
  return { data, mimetype: PPTX, filename: fileName([event?.title, grid.title], locale, 'pptx') }
}
