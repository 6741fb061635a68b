import type { TaskConfig } from 'payload'

import { NewsletterDeliveries } from '../../collections/NewsletterDeliveries'
import { Newsletters } from '../../collections/Newsletters'
import { OutboxMessages } from '../../collections/OutboxMessages'
import { SignupAttempts } from '../../collections/SignupAttempts'
import { Subscribers } from '../../collections/Subscribers'
import { WorkspaceRequests } from '../../collections/WorkspaceRequests'
import type { Capability } from '../config/Capability'
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

/** The e-mail capability: the mailing list, newsletters, workspace sign-up and the mail they send. */
export const email: Capability = {
  collections: [Subscribers, Newsletters, WorkspaceRequests, OutboxMessages, NewsletterDeliveries, SignupAttempts],
  globals: [],
  endpoints: [
    { path: '/email/subscribe', method: 'post', handler: subscribe },
    { path: '/email/confirm', method: 'post', handler: confirm },
    { path: '/email/unsubscribe', method: 'post', handler: unsubscribe },
    { path: '/email/unsubscribe', method: 'get', handler: unsubscribePage },
    { path: '/email/my-data', method: 'post', handler: requestMyData },
    { path: '/email/my-data/delete', method: 'post', handler: deleteMyData },
    { path: '/email/workspace', method: 'post', handler: requestWorkspace },
    { path: '/email/newsletters/:id/test', method: 'post', handler: sendTestNewsletter },
    { path: '/email/newsletters/:id/send', method: 'post', handler: sendNewsletter },
  ],
  tasks: [
    sendNewsletterTask as unknown as TaskConfig,
    resumeNewslettersTask as unknown as TaskConfig,
    emailRetentionTask as unknown as TaskConfig,
  ],
}
