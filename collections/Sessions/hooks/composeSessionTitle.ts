import type { CollectionBeforeChangeHook } from 'payload'

/** Sessions have no name of their own; lists need something a person recognises. */
export const composeSessionTitle: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const date = merged.date ? new Date(merged.date).toISOString().slice(0, 10) : 'no date'
  data.title = `${merged.populationGroup ?? 'Session'} · ${date}`
  return data
}
