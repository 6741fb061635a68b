import type { Payload } from 'payload'

import { getTranslator } from '../../i18n/getTranslator'

export const DEFAULT_REMINDER_DAYS = 14

export type ReminderOptions = { now?: Date; days?: number }

/**
 * E-mails the responsible address of every planned evaluation due within
 * `days` (or already overdue) that has not been reminded yet, and records
 * `reminderSentAt` so the hourly job sends each reminder once. A failed send
 * leaves the evaluation unmarked so the next run tries again.
 */
export async function sendEvaluationReminders(
  payload: Payload,
  options: ReminderOptions = {},
): Promise<{ sent: string[]; failed: string[] }> {
  const now = options.now ?? new Date()
  const days = options.days ?? (Number(process.env.EVALUATION_REMINDER_DAYS) || DEFAULT_REMINDER_DAYS)
  const horizon = new Date(now.getTime() + days * 24 * 60 * 60 * 1000)
  const { docs } = await payload.find({
    collection: 'evaluations',
    where: {
      and: [
        { status: { equals: 'planned' } },
        { dueDate: { less_than_equal: horizon.toISOString() } },
        { responsibleEmail: { exists: true } },
        { reminderSentAt: { exists: false } },
      ],
    },
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const t = await getTranslator('fi', 'event')
  const sent: string[] = []
  const failed: string[] = []
  for (const evaluation of docs) {
    if (!evaluation.responsibleEmail) continue
    const project = typeof evaluation.project === 'object' ? evaluation.project?.title : ''
    const due = new Date(evaluation.dueDate).toLocaleDateString('fi-FI', { timeZone: 'Europe/Helsinki' })
    const vars = { title: evaluation.title, project, due, responsible: evaluation.responsibleParty }
    try {
      await payload.sendEmail({
        to: evaluation.responsibleEmail,
        subject: t('reminder.subject', vars),
        text: t('reminder.text', vars),
      })
      await payload.update({
        collection: 'evaluations',
        id: evaluation.id,
        data: { reminderSentAt: now.toISOString() },
        overrideAccess: true,
        depth: 0,
      })
      sent.push(String(evaluation.id))
    } catch (error) {
      payload.logger.error({ err: error, evaluation: evaluation.id }, 'Evaluation reminder could not be sent')
      failed.push(String(evaluation.id))
    }
  }
  return { sent, failed }
}
