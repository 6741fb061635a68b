export type Tone = 'positive' | 'negative'
export type Verdict = 'more' | 'less'
export type Axis = 'x' | 'y'

export type BoardCard = { id: string; text: string; theme: string; tone: Tone }
export type BoardAxes = { xLow: string; xHigh: string; yLow: string; yHigh: string }
export type BoardData = { title: string; groups: string[]; axes: BoardAxes; cards: BoardCard[] }

/** The five places on an axis, from fully low (-1) to fully high (1). */
export const scale = [-1, -0.5, 0, 0.5, 1] as const
export type ScaleValue = (typeof scale)[number]

export type Place = { x: ScaleValue; y: ScaleValue }

/**
 * Every string the board shows, resolved on the server in the board's
 * language (the client bundle carries no texts), one named field each.
 */
export type BoardMessages = {
  group: { intro: string; label: string; choose: string; start: string }
  card: {
    /** "Card 3 of 12" for each card, by index. */
    countOf: string[]
    theme: string
    tone: Record<Tone, string>
    verdict: Record<Verdict, string>
    /** "Saved: more of this" for each verdict. */
    saved: Record<Verdict, string>
    note: string
    noteHint: string
    previous: string
    next: string
    allDone: string
    toGrid: string
  }
  grid: {
    title: string
    help: string
    /** "Horizontal: from easy to change to hard to change", and the vertical one. */
    axis: Record<Axis, string>
    /** Each place's name on each axis ("towards easy to change"). */
    places: Record<Axis, Record<`${ScaleValue}`, string>>
    place: string
    placed: string
    toCards: string
  }
  /** "Card" as in "Card 3: saved". */
  cardPrefix: string
  noCards: string
  errors: { invalid: string; network: string }
}
