import type { PayloadRequest } from 'payload'

import { FieldRefusal } from '../errors/FieldRefusal'

/** Shared by projects and actions: a schedule that ends before it starts is a typo, not a plan. */
export function refuseEndBeforeStart(
  collection: string,
  doc: { startDate?: string | null; endDate?: string | null },
  req: PayloadRequest,
): void {
  if (!doc.startDate || !doc.endDate) return
  if (new Date(doc.endDate).getTime() < new Date(doc.startDate).getTime()) {
    throw new FieldRefusal(req, collection, { path: 'endDate', key: 'errors.endBeforeStart' })
  }
}
