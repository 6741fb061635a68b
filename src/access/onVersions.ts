import type { Access, Where } from 'payload'

/** `{ project: … }` on a document is `{ 'version.project': … }` on its saved versions; the document's id is their `parent`. */
function toVersionWhere(where: Where): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) out[key] = value.map((w) => toVersionWhere(w as Where))
    else out[key === 'id' ? 'parent' : `version.${key}`] = value
  }
  return out
}

/**
 * readVersions for a collection whose read rule narrows by its fields. Without
 * it Payload lets every signed-in person read every saved version, so the
 * isolation between projects would end at /api/<slug>/versions.
 */
export function onVersions(rule: Access): Access {
  return async (args) => {
    const result = await rule(args)
    return result && typeof result === 'object' ? toVersionWhere(result) : result
  }
}
