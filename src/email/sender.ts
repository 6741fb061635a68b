import type { Payload } from 'payload'

export const defaultFromName = 'Hyvät väestösuhteet'

/** The From address: site settings first, then EMAIL_FROM, then a placeholder that Resend will refuse loudly. */
export async function senderAddress(payload: Payload): Promise<string> {
  let configured: string | null | undefined
  try {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    configured = (settings as { senderEmail?: string | null }).senderEmail
  } catch {
    configured = null
  }
  const address = configured || process.env.EMAIL_FROM || 'noreply@example.org'
  return `${defaultFromName} <${address}>`
}
