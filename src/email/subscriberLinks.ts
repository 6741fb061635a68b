import type { Payload } from 'payload'

import { siteUrl } from '../http'
import { signedToken } from './tokens'

export type SubscriberLinks = {
  /** The page with a confirm button, for people. */
  unsubscribePage: string
  /** The one-click endpoint, for mail clients (List-Unsubscribe). */
  unsubscribeOneClick: string
  myDataPage: string
  deletePage: string
}

export function subscriberLinks(payload: Payload, subscriberId: string, lang: string): SubscriberLinks {
  const base = siteUrl()
  const unsubscribe = encodeURIComponent(signedToken(payload.secret, 'unsubscribe', subscriberId))
  return {
    unsubscribePage: `${base}/${lang}/unsubscribe?token=${unsubscribe}`,
    unsubscribeOneClick: `${base}/api/email/unsubscribe?token=${unsubscribe}`,
    myDataPage: `${base}/${lang}/my-data`,
    // Signed only when asked for: a newsletter to 10,000 people has no use for it.
    get deletePage() {
      return `${base}/${lang}/my-data?token=${encodeURIComponent(signedToken(payload.secret, 'delete', subscriberId))}`
    },
  }
}
