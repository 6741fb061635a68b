/** A response body as JSON, or `fallback` when it is empty or not JSON (an HTML error page, a file). */
export function parseJson(text: string, fallback: unknown = null): unknown {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return fallback
  }
}
