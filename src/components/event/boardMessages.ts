import type { TFunction } from 'i18next'

import type { BoardData } from './BoardApp'

/** Every string the board shows, resolved on the server so the client bundle carries no texts of its own. */
export function boardMessages(t: TFunction, data: BoardData): Record<string, string> {
  const m: Record<string, string> = {}
  for (const key of [
    'intro',
    'groupLabel',
    'chooseGroup',
    'start',
    'theme',
    'more',
    'less',
    'note',
    'noteHint',
    'previous',
    'next',
    'noCards',
    'allDone',
    'toGrid',
    'toCards',
    'gridTitle',
    'gridHelp',
    'place',
    'placed',
    'cardPrefix',
  ]) {
    m[key] = t(`board.${key}`)
  }
  m.positive = t('board.tone.positive')
  m.negative = t('board.tone.negative')
  m.savedMore = t('board.saved', { verdict: t('board.more') })
  m.savedLess = t('board.saved', { verdict: t('board.less') })
  m.xAxis = t('board.xAxis', { low: data.axes.xLow, high: data.axes.xHigh })
  m.yAxis = t('board.yAxis', { low: data.axes.yLow, high: data.axes.yHigh })
  for (const v of [-1, -0.5, 0, 0.5, 1]) {
    m[`x${v}`] = t(`board.scale.${v}`, { label: v < 0 ? data.axes.xLow : data.axes.xHigh })
    m[`y${v}`] = t(`board.scale.${v}`, { label: v < 0 ? data.axes.yLow : data.axes.yHigh })
  }
  data.cards.forEach((_, i) => {
    m[`cardOf${i}`] = t('board.cardOf', { n: i + 1, total: data.cards.length })
  })
  m.invalid = t('errors.invalid')
  m.network = t('errors.network')
  return m
}
