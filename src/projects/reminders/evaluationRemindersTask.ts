import type { TaskConfig } from 'payload'

import { sendEvaluationReminders } from './sendEvaluationReminders'

/** Hourly: reminders for evaluations coming due (see sendEvaluationReminders). */
export const evaluationRemindersTask: TaskConfig = {
  slug: 'sendEvaluationReminders',
  label: 'Evaluation reminders',
  retries: 2,
  schedule: [{ cron: '15 * * * *', queue: 'hourly' }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const { sent, failed } = await sendEvaluationReminders(req.payload)
    return { output: { sent: sent.length, failed: failed.length } }
  },
}
