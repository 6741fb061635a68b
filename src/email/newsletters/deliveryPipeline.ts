/** Lets pending I/O run before the caller carries on: SQLite calls and personalising a batch hold the thread for milliseconds. */
export const giveWay = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Awaited later; this only keeps an early failure from counting as unhandled. */
export function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined)
  return p
}

/**
 * Keeps up to `depth` results of `prepareNext` in preparation, one after
 * another with a pause for I/O between them, so the job's own work fills the
 * time spent waiting for Resend instead of adding to it. `prepareNext`
 * answers null once there is nothing left.
 */
export function readAhead<T>(prepareNext: () => Promise<T | null>, depth: number) {
  const prepared: Promise<T | null>[] = []
  let preparing: Promise<unknown> = Promise.resolve()
  const fill = () => {
    while (prepared.length < depth) {
      const next = quiet(preparing.then(giveWay).then(prepareNext))
      preparing = next.catch(() => undefined)
      prepared.push(next)
    }
  }
  return {
    fill,
    /** The next prepared result (null when done), topping the queue up first. */
    async next(): Promise<T | null> {
      fill()
      return (await prepared.shift()) ?? null
    },
    /** Waits for everything under preparation, whatever its outcome. */
    async settle(): Promise<void> {
      await Promise.allSettled(prepared)
    },
  }
}
