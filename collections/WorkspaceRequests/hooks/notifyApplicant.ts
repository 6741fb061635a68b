import type { CollectionAfterChangeHook } from 'payload'

import { workspaceDecisionMessage } from '../../../src/email/messages/workspaceMessages'

/**
 * Tells the applicant the decision once: `notifiedAt` is set after the message
 * leaves, so saving the request again (or flipping the status back and forth)
 * sends nothing more.
 */
export const notifyApplicant: CollectionAfterChangeHook = async ({ doc, req }) => {
  if ((doc.status !== 'approved' && doc.status !== 'rejected') || doc.notifiedAt) return doc
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const message = await workspaceDecisionMessage(doc, doc.status, settings.workspaceUrl)
  await req.payload.sendEmail({ to: doc.email, ...message })
  const notifiedAt = new Date().toISOString()
  await req.payload.update({ collection: 'workspace-requests', id: doc.id, data: { notifiedAt }, depth: 0, req })
  return { ...doc, notifiedAt }
}
