import { type NextRequest, NextResponse } from 'next/server'

import { isSharedPage, sharedCopyHeader, sharedCopySeconds } from '../security/sharedCopy'
import { keepsSharedPages } from './keepsSharedPages'

/**
 * With KEEP_SHARED_PAGES=true an instance keeps, for a second, its own copy of each page that is
 * the same for every visitor (the rules of ../security/sharedCopy.ts), and answers a browser's
 * request for it from the copy with a fresh CSP nonce: the work nginx's cache does in front of
 * several instances (bench/nginx/portal.conf), for a site that runs one process and no proxy.
 * A page renders at most once a second however many visitors ask; issue 13 measured it.
 *
 * The copy is rendered by asking this same server for the page with a placeholder nonce, as
 * nginx asks, proven by a secret of this process's own; the placeholder is random for each
 * rendering and replaced by a fresh nonce in each answer, in the HTML and the policy header.
 * A save through this instance (revalidatePortal) drops its copies; other instances' copies,
 * and the worker's changes, show within the second. Signed-in visitors, query strings,
 * personal pages and client-side navigations (no `Accept: text/html`) always render.
 */

type Copy = { body: string; status: number; headers: [string, string][]; placeholder: string; keptUntil: number }

type Store = {
  copies: Map<string, Copy>
  rendering: Map<string, Promise<Copy | null>>
  /** Counts the saves: a copy rendered across a save is not kept. */
  generation: number
  secret: string
  /** Until when this server is taken for unreachable at 127.0.0.1:PORT (bound to another address). */
  unreachableUntil: number
}

// The proxy and the Payload hooks that drop copies are separate bundles in one process.
const store: Store = ((globalThis as { __portalSharedPageCopies?: Store }).__portalSharedPageCopies ??= {
  copies: new Map(),
  rendering: new Map(),
  generation: 0,
  secret: randomToken(),
  unreachableUntil: 0,
})

/** On an answer from this instance's copies: HIT (from a kept copy) or MISS (rendered for it; kept if found). */
export const sharedCopyStatusHeader = 'x-shared-copy'

/** Proves a request for a copy comes from this process (../security/sharedCopy.ts trusts its placeholder). */
export const ownCopyHeader = 'x-portal-own-copy'

export function isOwnCopyRequest(request: NextRequest): boolean {
  return request.headers.get(ownCopyHeader) === store.secret
}

/** Drops every copy this instance keeps: after a save, the next visitor gets the page as it is now. */
export function forgetSharedCopies(): void {
  store.generation += 1
  store.copies.clear()
}

/** The answer from this instance's copy of the page, or null when the page is to be rendered for this request. */
export async function answerFromSharedCopy(request: NextRequest, nonce: string): Promise<NextResponse | null> {
  if (!keepsSharedPages() || request.headers.has(sharedCopyHeader) || !isSharedPage(request)) return null
  if (store.unreachableUntil > Date.now()) return null
  // A browser loading the page; Next.js's router asks for a navigation's payload with */* (and its
  // RSC headers, which Next.js hides from here today).
  if (!(request.headers.get('accept') ?? '').includes('text/html') || request.headers.has('rsc')) return null
  const path = request.nextUrl.pathname
  let copy = store.copies.get(path)
  const kept = copy !== undefined && copy.keptUntil >= Date.now()
  if (!kept) copy = (await renderOnce(path)) ?? undefined
  if (!copy) return null
  const { placeholder } = copy
  const headers = new Headers()
  for (const [name, value] of copy.headers) headers.append(name, value.replaceAll(placeholder, nonce))
  // As nginx's X-Cache-Status: whether the answer came from the copy, for operators and tests.
  headers.set(sharedCopyStatusHeader, kept ? 'HIT' : 'MISS')
  return new NextResponse(copy.body.replaceAll(placeholder, nonce), { status: copy.status, headers })
}

// However many visitors find the copy expired at once, the page renders once.
function renderOnce(path: string): Promise<Copy | null> {
  let rendering = store.rendering.get(path)
  if (!rendering) {
    rendering = render(path).finally(() => store.rendering.delete(path))
    store.rendering.set(path, rendering)
  }
  return rendering
}

// Said by this server about the answer it rendered; the answer from a copy gets its own.
const notCopied = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
  'x-accel-expires',
  'x-nonce-placeholder',
])

async function render(path: string): Promise<Copy | null> {
  const generation = store.generation
  const placeholder = randomToken()
  try {
    const res = await fetch(`http://127.0.0.1:${process.env.PORT || 3000}${path}`, {
      headers: {
        [sharedCopyHeader]: placeholder,
        [ownCopyHeader]: store.secret,
        accept: 'text/html',
        'accept-encoding': 'identity',
      },
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    })
    // Only a page rendered for sharing (the server named our placeholder back) and for no one in particular.
    if (res.headers.get('x-nonce-placeholder') !== placeholder || res.headers.has('set-cookie')) {
      await res.body?.cancel()
      return null
    }
    const body = await res.text()
    const headers = [...res.headers].filter(([name]) => !notCopied.has(name))
    const copy = { body, status: res.status, headers, placeholder, keptUntil: Date.now() + sharedCopySeconds * 1000 }
    // A missing page answers the visitors who asked for it now, and is not kept: a crawler's guesses would fill the store.
    if (res.status === 200 && generation === store.generation) {
      if (store.copies.size > 2000) store.copies.clear()
      store.copies.set(path, copy)
    }
    return copy
  } catch {
    // This server is not reachable at 127.0.0.1:PORT (bound to another address): render for each
    // request, and try again in a minute rather than on every one.
    store.unreachableUntil = Date.now() + 60_000
    return null
  }
}

function randomToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64url')
}
