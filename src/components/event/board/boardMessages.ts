import type { TFunction } from 'i18next'

import { type Axis, type BoardData, type BoardMessages, scale, type ScaleValue } from './types'

/** The board's messages from locales/<lang>/event.json, with the event's axes and card count filled in. */
export function boardMessages(t: TFunction, data: BoardData): BoardMessages {
  const { axes } = data
  const places = (axis: Axis) => {
    const [low, high] = axis === 'x' ? [axes.xLow, axes.xHigh] : [axes.yLow, axes.yHigh]
    return Object.fromEntries(
      scale.map((v) => [String(v), t(`board.scale.${v}`, { label: v < 0 ? low : high })]),
    ) as Record<`${ScaleValue}`, string>
  }
  const verdict = { more: t('board.more'), less: t('board.less') }
  return {
    group: {
      intro: t('board.intro'),
      label: t('board.groupLabel'),
      choose: t('board.chooseGroup'),
      start: t('board.start'),
    },
    card: {
      countOf: data.cards.map((_, i) => t('board.cardOf', { n: i + 1, total: data.cards.length })),
      theme: t('board.theme'),
      tone: { positive: t('board.tone.positive'), negative: t('board.tone.negative') },
      verdict,
      saved: {
        more: t('board.saved', { verdict: verdict.more }),
        less: t('board.saved', { verdict: verdict.less }),
      },
      note: t('board.note'),
      noteHint: t('board.noteHint'),
      previous: t('board.previous'),
      next: t('board.next'),
      allDone: t('board.allDone'),
      toGrid: t('board.toGrid'),
    },
    grid: {
      title: t('board.gridTitle'),
      help: t('board.gridHelp'),
      axis: {
        x: t('board.xAxis', { low: axes.xLow, high: axes.xHigh }),
        y: t('board.yAxis', { low: axes.yLow, high: axes.yHigh }),
      },
      places: { x: places('x'), y: places('y') },
      place: t('board.place'),
      placed: t('board.placed'),
      toCards: t('board.toCards'),
    },
    cardPrefix: t('board.cardPrefix'),
    noCards: t('board.noCards'),
    errors: { invalid: t('errors.invalid'), network: t('errors.network') },
  }
}
