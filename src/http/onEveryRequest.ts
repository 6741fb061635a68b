import type { IncomingMessage, ServerResponse } from 'node:http'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EmittingServer = { prototype: { emit: (event: any, ...args: any[]) => boolean } }

const installedKey = Symbol.for('portal.onEveryRequest')

/**
 * Runs `handle` for every request an HTTP(S) server of this process receives, before Next.js sees
 * it: the one place that has the socket (Next.js passes route handlers none) and the run-time
 * environment for every response (next.config.mjs headers are fixed at build time). Once per process.
 */
export function onEveryRequest(
  servers: EmittingServer[],
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): void {
  const slots = globalThis as { [installedKey]?: boolean }
  if (slots[installedKey]) return
  slots[installedKey] = true
  for (const server of servers) {
    const emit = server.prototype.emit
    server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') handle(args[0] as IncomingMessage, args[1] as ServerResponse)
      return emit.call(this, event, ...args)
    }
  }
}
