import type { CollectionConfig, Field, GlobalConfig, Option } from 'payload'

/** A place in the config that shows a label in the admin, with the keys its text is looked up by. */
export type LabelTarget =
  | {
      kind: 'collection'
      key: string
      current: unknown
      apply: (labels: { singular: Record<string, string>; plural: Record<string, string> }) => void
      slug: string
    }
  | {
      kind: 'global' | 'group' | 'field' | 'option' | 'tab' | 'rows' | 'description'
      key: string
      fallbackKeys?: string[]
      current: unknown
      name?: string
      apply: (label: unknown) => void
    }

type Visit = (target: LabelTarget) => void

const optionValue = (o: Option) => (typeof o === 'string' ? o : o.value)

/**
 * Walks every collection, global, field, select option, array, group and tab and
 * hands each label to `visit` together with its dictionary key, so the labeller
 * and the completeness test see exactly the same set of keys.
 */
export function walkAdminLabels(collections: CollectionConfig[], globals: GlobalConfig[], visit: Visit): void {
  for (const collection of collections) {
    visit({
      kind: 'collection',
      key: `collections.${collection.slug}`,
      slug: collection.slug,
      current: collection.labels,
      apply: (labels) => {
        collection.labels = labels
      },
    })
    const admin = (collection.admin ??= {})
    if (typeof admin.group === 'string') {
      visit({
        kind: 'group',
        key: `groups.${admin.group}`,
        current: admin.group,
        apply: (l) => (admin.group = l as never),
      })
    }
    if (typeof admin.description === 'string') {
      visit({
        kind: 'description',
        key: `descriptions.${collection.slug}`,
        current: admin.description,
        apply: (l) => (admin.description = l as never),
      })
    }
    walkFields(collection.slug, '', collection.fields, visit)
  }
  for (const global of globals) {
    visit({
      kind: 'global',
      key: `globals.${global.slug}`,
      current: global.label,
      apply: (l) => (global.label = l as never),
    })
    const admin = (global.admin ??= {})
    if (typeof admin.group === 'string') {
      visit({
        kind: 'group',
        key: `groups.${admin.group}`,
        current: admin.group,
        apply: (l) => (admin.group = l as never),
      })
    }
    if (typeof admin.description === 'string') {
      visit({
        kind: 'description',
        key: `descriptions.${global.slug}`,
        current: admin.description,
        apply: (l) => (admin.description = l as never),
      })
    }
    walkFields(global.slug, '', global.fields, visit)
  }
}

function walkFields(owner: string, prefix: string, fields: Field[], visit: Visit): void {
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
    const path = named ? (prefix ? `${prefix}.${named}` : named) : prefix
    const admin = field.admin as { hidden?: boolean; description?: unknown } | undefined
    const hidden =
      Boolean(
        (field as { hidden?: boolean }).hidden ||
        admin?.hidden ||
        (admin as { disabled?: boolean } | undefined)?.disabled,
      ) || field.type === 'ui'

    if (named && !hidden && (field as { label?: unknown }).label !== false) {
      const f = field as { label?: unknown }
      visit({
        kind: 'field',
        key: `fields.${owner}.${path}`,
        fallbackKeys: [`fieldNames.${named}`],
        name: named,
        current: f.label,
        apply: (l) => (f.label = l),
      })
    }
    if (named && !hidden && admin && typeof admin.description === 'string') {
      visit({
        kind: 'description',
        key: `descriptions.${owner}.${path}`,
        current: admin.description,
        apply: (l) => (admin.description = l),
      })
    }
    if ((field.type === 'select' || field.type === 'radio') && named && !hidden) {
      field.options = field.options.map((o) => ({
        value: optionValue(o),
        label: typeof o === 'string' ? o : o.label,
      })) as never
      for (const option of field.options as { value: string; label: unknown }[]) {
        visit({
          kind: 'option',
          key: `options.${owner}.${path}.${option.value}`,
          fallbackKeys: [`optionValues.${named}.${option.value}`, `optionValues.${option.value}`],
          name: option.value,
          current: option.label,
          apply: (l) => (option.label = l),
        })
      }
    }
    if (field.type === 'array' && !hidden) {
      const f = field as { labels?: unknown }
      visit({ kind: 'rows', key: `rows.${owner}.${path}`, current: f.labels, apply: (l) => (f.labels = l) })
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabName = 'name' in tab && tab.name ? tab.name : undefined
        const tabPath = tabName ? (path ? `${path}.${tabName}` : tabName) : path
        const t = tab as { label?: unknown }
        if (typeof t.label === 'string' || tabName) {
          visit({
            kind: 'tab',
            key: `tabs.${owner}.${tabName ? tabPath : String(t.label)}`,
            current: t.label,
            name: tabName,
            apply: (l) => (t.label = l),
          })
        }
        walkFields(owner, tabPath, tab.fields, visit)
      }
    } else if (field.type === 'collapsible') {
      const f = field as { label?: unknown }
      if (typeof f.label === 'string') {
        visit({ kind: 'tab', key: `tabs.${owner}.${f.label}`, current: f.label, apply: (l) => (f.label = l) })
      }
      walkFields(owner, path, field.fields, visit)
    } else if ('fields' in field && Array.isArray(field.fields) && !hidden) {
      walkFields(owner, path, field.fields, visit)
    } else if (field.type === 'blocks' && !hidden) {
      for (const block of field.blocks) walkFields(owner, `${path}.${block.slug}`, block.fields, visit)
    }
  }
}
