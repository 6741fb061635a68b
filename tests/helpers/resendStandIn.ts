/**
 * A local stand-in for the Resend HTTP API on 127.0.0.1, enough for the SDK's
 * `emails.send` and `batch.send`: it records every request, delivers messages
 * into `delivered` (honouring Idempotency-Key the way Resend does, so a repeated
 * batch is answered but not delivered twice) and can fail on demand.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { parseJson } from './parseJson'

export type StandInMail = {
  /** The id Resend would give the message. */
  id: string
  from: string
  to: string[]
  subject: string
  html?: string
  text?: string
  headers?: Record<string, string>
  idempotencyKey?: string
}

export type StandInRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: unknown }

export type ResendStandIn = {
  url: string
  requests: StandInRequest[]
  delivered: StandInMail[]
  /** Answer the next `count` requests with this status (429 or 5xx), delivering nothing. */
  failNext: (status: number, count?: number) => void
  /** Fail every request with this status until `recover()`. */
  goDown: (status?: number) => void
  recover: () => void
  /** Deliver the next `count` requests, then drop the connection before answering: the lost answer after a call went through. */
  dropAnswerNext: (count?: number) => void
  /** Answer this many more requests, then deliver the rest but never answer them: calls left on the wire, as when the sender's process dies mid-call. */
  holdAnswersAfter: (successes: number) => void
  /** Fail every request after this many more successful ones (a provider going down mid-send). */
  goDownAfter: (successes: number, status?: number) => void
  /** Answer every request this many milliseconds late (a slow provider), so a send lasts long enough to be interrupted. */
  answerAfter: (ms: number) => void
  reset: () => void
  close: () => Promise<void>
}

export async function startResendStandIn(): Promise<ResendStandIn> {
  const requests: StandInRequest[] = []
  const delivered: StandInMail[] = []
  const answered = new Map<string, unknown>()
  let failures: { status: number; count: number } | null = null
  let down: number | null = null
  let drops = 0
  let holdAfter: number | null = null
  const held = new Set<http.ServerResponse>()
  let downAfter: { successes: number; status: number } | null = null
  let delayMs = 0

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const body = parseJson(raw, raw)
      const path = req.url ?? '/'
      // Not Resend's: lets browser tests, whose stand-in lives in jest's global setup, read what was delivered.
      if (req.method === 'GET' && path === '/__delivered') {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify(delivered))
      }
      requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body })
      const fail = (status: number) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({
            statusCode: status,
            name: status === 429 ? 'rate_limit_exceeded' : 'internal_server_error',
            message: `stand-in answered ${status}`,
          }),
        )
      }
      if (down !== null) return fail(down)
      if (failures && failures.count > 0) {
        failures.count--
        return fail(failures.status)
      }
      if (downAfter) {
        if (downAfter.successes <= 0) return fail(downAfter.status)
        downAfter.successes--
      }
      if (req.method !== 'POST' || (path !== '/emails' && path !== '/emails/batch')) {
        res.writeHead(404, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ statusCode: 404, name: 'not_found', message: 'not found' }))
      }
      const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined
      let answer = key ? answered.get(`${path}:${key}`) : undefined
      if (!answer) {
        const mails = (path === '/emails' ? [body] : (body as unknown[])) as Record<string, unknown>[]
        const ids = mails.map((m) => {
          const id = crypto.randomUUID()
          delivered.push({
            id,
            from: String(m.from),
            to: Array.isArray(m.to) ? (m.to as string[]) : [String(m.to)],
            subject: String(m.subject),
            html: m.html as string | undefined,
            text: m.text as string | undefined,
            headers: m.headers as Record<string, string> | undefined,
            idempotencyKey: key,
          })
          return { id }
        })
        answer = path === '/emails' ? ids[0] : { data: ids }
        if (key) answered.set(`${path}:${key}`, answer)
      }
      if (drops > 0) {
        drops--
        return res.destroy()
      }
      if (holdAfter !== null) {
        if (holdAfter <= 0) {
          held.add(res)
          res.on('close', () => held.delete(res))
          return
        }
        holdAfter--
      }
      const reply = () => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(answer))
      }
      if (delayMs > 0) setTimeout(reply, delayMs)
      else reply()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    failNext: (status, count = 1) => {
      failures = { status, count }
    },
    goDown: (status = 500) => {
      down = status
    },
    recover: () => {
      down = null
      downAfter = null
      failures = null
      holdAfter = null
    },
    dropAnswerNext: (count = 1) => {
      drops = count
    },
    holdAnswersAfter: (successes) => {
      holdAfter = successes
    },
    goDownAfter: (successes, status = 500) => {
      downAfter = { successes, status }
    },
    answerAfter: (ms) => {
      delayMs = ms
    },
    reset: () => {
      requests.length = 0
      delivered.length = 0
      answered.clear()
      failures = null
      down = null
      drops = 0
      downAfter = null
      holdAfter = null
      delayMs = 0
      for (const res of held) res.destroy()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
