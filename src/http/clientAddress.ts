import { randomBytes } from 'node:crypto'
import { BlockList, isIP } from 'node:net'

/**
 * The address of whoever sent a request, for every limit per client (sign-ups, logins):
 *
 * - the address of the socket the request came in on (the peer), unless
 * - `TRUSTED_PROXIES` names the peer (addresses or CIDR ranges, comma-separated): then the
 *   right-most `X-Forwarded-For` entry that is not a trusted proxy, i.e. the address the outermost
 *   trusted proxy saw. Entries left of it are whatever the client wrote and are never read.
 *
 * Next.js hands route handlers no socket, and sets `X-Forwarded-For` only when the client sent none,
 * so the server stamps each request with its peer address under a header whose name is random per
 * process (`stampPeerAddress`, called for every request by src/instrumentation.ts): a client cannot send it. A
 * request without the stamp (the Local API, a request the server took before it was ready) has the
 * address `unknown`: one shared bucket, never a client-chosen one.
 */
export const unknownAddress = 'unknown'

const headerKey = Symbol.for('portal.peerAddressHeader')
type Slots = { [headerKey]?: string }

/** The name of the header the server writes the peer address into; random per process. */
export function peerAddressHeader(): string {
  const slots = globalThis as Slots
  return (slots[headerKey] ??= `x-portal-peer-${randomBytes(12).toString('hex')}`)
}

type NodeRequest = { headers: Record<string, unknown>; socket?: { remoteAddress?: string } | null }

/** Writes the socket's address into the request's peer header (see above); the server calls it on every request. */
export function stampPeerAddress(req: NodeRequest): void {
  req.headers[peerAddressHeader()] = req.socket?.remoteAddress ?? unknownAddress
}

/** `::ffff:10.0.0.1` → `10.0.0.1`; `[::1]:443` and `1.2.3.4:80` → the address; anything else trimmed. */
export function normalizeAddress(value: string | null | undefined): string {
  let v = (value ?? '').trim().slice(0, 100)
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v)
  if (bracketed) v = bracketed[1]
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(':'))
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(v)
  if (mapped) v = mapped[1]
  return v.toLowerCase()
}

export type TrustedProxies = { has: (address: string) => boolean; count: number }

/** Parses `TRUSTED_PROXIES` (`127.0.0.1, 10.0.0.0/8, ::1`); throws on an entry that is neither an address nor a range. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList()
  let count = 0
  for (const raw of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [address, bits, ...rest] = raw.split('/')
    const a = normalizeAddress(address)
    const family = isIP(a)
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits)
    const max = family === 6 ? 128 : 32
    if (!family || rest.length > 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > max)
      throw new Error(`TRUSTED_PROXIES: “${raw}” is not an IP address or a CIDR range such as 10.0.0.0/8`)
    list.addSubnet(a, prefix, family === 6 ? 'ipv6' : 'ipv4')
    count++
  }
  return {
    count,
    has: (address) => {
      const family = isIP(address)
      return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4')
    },
  }
}

let cached: { value: string | undefined; proxies: TrustedProxies } | undefined
function trustedProxies(): TrustedProxies {
  const value = process.env.TRUSTED_PROXIES
  if (!cached || cached.value !== value) cached = { value, proxies: parseTrustedProxies(value) }
  return cached.proxies
}

/** The client's address for a request (Payload's, Next's or a plain Request); see above. */
export function clientAddress(req: { headers: Headers }, proxies: TrustedProxies = trustedProxies()): string {
  const peer = normalizeAddress(req.headers.get(peerAddressHeader()))
  if (!peer) return unknownAddress
  if (proxies.count === 0 || !proxies.has(peer)) return peer
  const hops = (req.headers.get('x-forwarded-for') ?? '').split(',').map(normalizeAddress).filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) if (!proxies.has(hops[i])) return hops[i]
  return hops[0] ?? peer
}
