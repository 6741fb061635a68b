import type { Payload } from 'payload'

import { listHeaders } from '../listHeaders'
import type { ComposedMessage } from '../messages/composeMessage'
import { subscriberLinks } from '../subscriberLinks'
import { placeholders } from './renderNewsletter'

export type Recipient = { id: string; email: string; language: string }
export type BatchEmail = {
  from: string
  to: string[]
  subject: string
  html: string
  text: string
  headers: Record<string, string>
}

/** A message cut at its link placeholders once, so each copy is a join rather than a search through the whole body. */
function template(body: string): (links: { unsubscribe: string; myData: string }) => string {
  const parts = body.split(placeholders.unsubscribe).map((part) => part.split(placeholders.myData))
  return (links) => parts.map((part) => part.join(links.myData)).join(links.unsubscribe)
}

/**
 * Makes each recipient's own copy of a newsletter: their unsubscribe links in
 * the body and in the RFC 8058 headers, in their language (Finnish when the
 * newsletter has no version in it).
 */
export function personalizer(
  payload: Payload,
  from: string,
  messages: Record<string, ComposedMessage>,
): (recipient: Recipient) => BatchEmail {
  const templates = new Map(
    Object.entries(messages).map(([lang, m]) => [
      lang,
      { subject: m.subject, html: template(m.html), text: template(m.text) },
    ]),
  )
  const fallback = templates.get('fi') ?? [...templates.values()][0]
  return (recipient) => {
    const message = templates.get(recipient.language) ?? fallback
    const links = subscriberLinks(payload, recipient.id, recipient.language)
    const fill = { unsubscribe: links.unsubscribePage, myData: links.myDataPage }
    return {
      from,
      to: [recipient.email],
      subject: message.subject,
      html: message.html(fill),
      text: message.text(fill),
      headers: listHeaders(links.unsubscribeOneClick),
    }
  }
}
