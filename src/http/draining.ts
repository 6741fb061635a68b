const drainingKey = Symbol.for('portal.draining')

type Slots = { [drainingKey]?: boolean }

/**
 * Set once this process has been told to stop (SIGTERM). Kept on globalThis because the server's
 * start-up code and the route handlers are bundled apart and would otherwise each see their own copy.
 */
export function isDraining(): boolean {
  return Boolean((globalThis as Slots)[drainingKey])
}

/**
 * From SIGTERM on, every answer closes its connection and /api/ready says 503. Next.js stops
 * listening on SIGTERM and waits for the open connections; a load balancer's kept-alive
 * connections would otherwise carry new requests to this process for as long as traffic flows,
 * and it would never finish stopping.
 */
export function drainOnSigterm(): void {
  process.once('SIGTERM', () => {
    ;(globalThis as Slots)[drainingKey] = true
  })
}
