import type { Field } from 'payload'

/**
 * Paths of the localized text fields (text, textarea, rich text), followed into
 * groups, rows, collapsibles and tabs: the texts a translator translates and whose
 * Finnish is the source of every other language.
 */
export function localizedTextPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    const named = 'name' in field && field.name ? field.name : undefined
    const path = named ? `${prefix}${named}` : prefix.replace(/\.$/, '')
    if ((field.type === 'text' || field.type === 'textarea' || field.type === 'richText') && named && field.localized)
      return [path]
    if (field.type === 'group' && named) return localizedTextPaths(field.fields, `${path}.`)
    if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible')
      return localizedTextPaths(field.fields, prefix)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        localizedTextPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    }
    return []
  })
}

export function valueAt(doc: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      doc,
    )
}
