import type { TaskConfig } from 'payload'

import { deliverNewsletter } from './deliverNewsletter'

export const sendNewsletterTask: TaskConfig<{ input: { newsletterId: string }; output: object }> = {
  slug: 'sendNewsletter',
  label: 'Send a newsletter',
  inputSchema: [{ name: 'newsletterId', type: 'text', required: true }],
  // A retry resumes where the last attempt stopped; see deliverNewsletter.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    await deliverNewsletter(req.payload, input.newsletterId)
    return { output: {} }
  },
}
