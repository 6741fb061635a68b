import type { Payload } from 'payload'

/**
 * The send's counts, written to the newsletter at most twice a second. Its
 * updatedAt doubles as the send's heartbeat: resumeNewsletters takes a send
 * that stops beating for dead.
 */
export function deliveryHeartbeat(payload: Payload, newsletterId: string, start: { sent: number; total: number }) {
  const state = { sent: start.sent, failed: 0, total: start.total }
  let lastBeat = 0
  return {
    state,
    async beat(force = false) {
      if (!force && Date.now() - lastBeat < 500) return
      lastBeat = Date.now()
      const data = {
        // The total is an estimate while sending (some already handled may have left the audience); exact at the end.
        progress: { total: Math.max(state.total, state.sent + state.failed), sent: state.sent, failed: state.failed },
        updatedAt: new Date().toISOString(),
      }
      await payload.db.updateOne({ collection: 'newsletters', id: newsletterId, data, returning: false })
    },
  }
}
