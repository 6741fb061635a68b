import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

import { NewsletterDeliveries } from '../../collections/NewsletterDeliveries'
import { OutboxMessages } from '../../collections/OutboxMessages'
import { SignupAttempts } from '../../collections/SignupAttempts'
import { sendNewsletter, sendTestNewsletter } from './newsletters/newsletterEndpoints'
import { resumeNewslettersTask } from './newsletters/resumeNewslettersTask'
import { sendNewsletterTask } from './newsletters/sendNewsletterTask'
import { emailRetentionTask } from './retentionTask'
import { confirm } from './signup/confirm'
import { deleteMyData } from './signup/deleteMyData'
import { requestMyData } from './signup/requestMyData'
import { subscribe } from './signup/subscribe'
import { unsubscribe, unsubscribePage } from './signup/unsubscribe'
import { requestWorkspace } from './workspace/requestWorkspace'

export { resendAdapter } from './resendAdapter'

/** What the e-mail capability (mailing list, newsletters, workspace sign-up) adds to the Payload config. */
export const emailCollections: CollectionConfig[] = [OutboxMessages, NewsletterDeliveries, SignupAttempts]
export const emailEndpoints: Endpoint[] = [
  { path: '/email/subscribe', method: 'post', handler: subscribe },
  { path: '/email/confirm', method: 'post', handler: confirm },
  { path: '/email/unsubscribe', method: 'post', handler: unsubscribe },
  { path: '/email/unsubscribe', method: 'get', handler: unsubscribePage },
  { path: '/email/my-data', method: 'post', handler: requestMyData },
  { path: '/email/my-data/delete', method: 'post', handler: deleteMyData },
  { path: '/email/workspace', method: 'post', handler: requestWorkspace },
  { path: '/email/newsletters/:id/test', method: 'post', handler: sendTestNewsletter },
  { path: '/email/newsletters/:id/send', method: 'post', handler: sendNewsletter },
]
export const emailTasks: TaskConfig[] = [
  sendNewsletterTask as unknown as TaskConfig,
  resumeNewslettersTask as unknown as TaskConfig,
  emailRetentionTask as unknown as TaskConfig,
]
export const emailGlobals: GlobalConfig[] = []
