import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/access/roles'
import { FieldRefusal } from '../../../src/errors/FieldRefusal'

type Row = { card?: string | { id: string } | null }

/**
 * The verdicts and grid placements of an event are about its own project's
 * cards: another municipality's experiences must not end up in this event's
 * results, which are exported and presented without access checks.
 */
export const checkEventCards: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const project = idOf(data.project ?? originalDoc?.project)
  const verdicts = (data.verdicts ?? []) as Row[]
  const placements = ((data.grid as { placements?: Row[] } | undefined)?.placements ?? []) as Row[]
  const rows = [
    ...verdicts.map((row, i) => ({ path: `verdicts.${i}.card`, card: idOf(row?.card) })),
    ...placements.map((row, i) => ({ path: `grid.placements.${i}.card`, card: idOf(row?.card) })),
  ].filter((r): r is { path: string; card: string } => Boolean(r.card))
  if (rows.length === 0 || !project) return data
  const { docs } = await req.payload.find({
    collection: 'experience-cards',
    where: { id: { in: [...new Set(rows.map((r) => r.card))] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { project: true },
    req,
  })
  const own = new Set(docs.filter((c) => idOf(c.project as string) === project).map((c) => String(c.id)))
  const problems = rows
    .filter((r) => !own.has(r.card))
    .map((r) => ({ path: r.path, key: 'errors.eventCardOfOtherProject' as const }))
  if (problems.length) throw new FieldRefusal(req, 'decision-events', problems)
  return data
}
