/** Below this, a count could point at individual residents, so the public sees only "fewer than". */
export const smallCountThreshold = 5

export type PublicCount = { kind: 'none' } | { kind: 'few' } | { kind: 'exact'; value: number }

/** Turns an internal count into what the public may see: nothing, "fewer than 5", or the number. */
export function hideSmallCount(count: number): PublicCount {
  if (count <= 0) return { kind: 'none' }
  if (count < smallCountThreshold) return { kind: 'few' }
  return { kind: 'exact', value: count }
}
