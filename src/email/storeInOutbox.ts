import type { Payload } from 'payload'

export type OutgoingMail = {
  from: string
  to: string[]
  subject: string
  html?: string
  text: string
  headers?: Record<string, string>
}

/** Without a Resend key outside production, mail is kept where an admin can read it. */
export async function storeInOutbox(payload: Payload, mails: OutgoingMail[]): Promise<string[]> {
  const ids: string[] = []
  for (const mail of mails) {
    const doc = await payload.create({
      collection: 'outbox-messages',
      data: {
        from: mail.from,
        to: mail.to.join(', '),
        subject: mail.subject,
        html: mail.html ?? '',
        text: mail.text,
        headers: mail.headers ?? {},
      },
      depth: 0,
    })
    ids.push(String(doc.id))
  }
  return ids
}
