import type { PayloadRequest } from 'payload'

/** The request's JSON body as an object, or null when it is missing or not an object. */
export async function readJson(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  try {
    const body = await req.json?.()
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}
