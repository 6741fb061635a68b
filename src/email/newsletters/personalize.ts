import type { Payload } from 'payload'

import { listHeaders } from '../listHeaders'
import type { ComposedMessage } from '../messages/composeMessage'
import { subscriberLinks } from '../subscriberLinks'
import { placeholders } from './renderNewsletter'

export type Recipient = { id: string; email: string; language: string }
export type BatchEmail = { from: string; to: string[]; subject: string; html: string; text: string; headers: Record<string, string> }

/** One recipient's copy: their own unsubscribe links in the body and in the RFC 8058 headers. */
export function personalize(payload: Payload, from: string, message: ComposedMessage, recipient: Recipient): BatchEmail {
  const links = subscriberLinks(payload, recipient.id, recipient.language)
  const fill = (s: string) => s.split(placeholders.unsubscribe).join(links.unsubscribePage).split(placeholders.myData).join(links.myDataPage)
  return {
    from,
    to: [recipient.email],
    subject: message.subject,
    html: fill(message.html),
    text: fill(message.text),
    headers: listHeaders(links.unsubscribeOneClick),
  }
}
