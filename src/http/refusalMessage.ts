/**
 * The sentence to show for a refused request, read from the edge's one refusal shape
 * (`{ errors: [{ message, path? }] }`); for the portal's and the admin's own scripts in the browser.
 */
export function refusalMessage(json: unknown): string | undefined {
  const errors = (json as { errors?: { message?: unknown }[] } | null | undefined)?.errors
  const messages = Array.isArray(errors) ? errors.map((e) => e?.message).filter((m) => typeof m === 'string') : []
  return messages.length ? [...new Set(messages)].join(' ') : undefined
}
