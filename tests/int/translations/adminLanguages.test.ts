/**
 * The admin in Finnish and Swedish is complete: every interface string Payload
 * has in English has a Finnish (ours) and a Swedish (Payload's) text, and every
 * label of our own (collections, globals, groups, fields, select options, array
 * rows, tabs, descriptions), read from the live config, has Finnish and Swedish.
 * A Payload upgrade or a new field without translations fails here.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import type { CollectionConfig, GlobalConfig, SanitizedConfig } from 'payload'

import { fiTranslations } from '../../../src/i18n/admin/fi'
import { walkAdminLabels } from '../../../src/i18n/admin/walkAdminLabels'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let config: SanitizedConfig

beforeAll(async () => {
  portal = await startPayload()
  config = portal.payload.config
})
afterAll(async () => {
  await portal?.stop()
})

type Tree = { [key: string]: Tree | string }
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}:`),
  )
}
const lookup = (tree: Tree, key: string): unknown =>
  key.split(':').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Tree)[k] : undefined), tree)
const placeholders = (s: string) =>
  [...new Set((s.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')))].sort()

describe("Payload's interface strings", () => {
  const english = leaves(en.translations as unknown as Tree)

  test('every English key has a Finnish text with the same placeholders', () => {
    const missing = english.filter(
      ([key]) =>
        typeof lookup(fiTranslations as unknown as Tree, key) !== 'string' ||
        !String(lookup(fiTranslations as unknown as Tree, key)).trim(),
    )
    expect(missing.map(([k]) => k)).toEqual([])
    const broken = english.filter(
      ([key, text]) =>
        JSON.stringify(placeholders(text)) !==
        JSON.stringify(placeholders(String(lookup(fiTranslations as unknown as Tree, key)))),
    )
    expect(broken.map(([k]) => k)).toEqual([])
  })

  test('every English key has a Swedish text', () => {
    const missing = english.filter(([key]) => typeof lookup(sv.translations as unknown as Tree, key) !== 'string')
    expect(missing.map(([k]) => k)).toEqual([])
  })

  test('Finnish is offered, first, and is the language of new users', () => {
    expect(Object.keys(config.i18n.supportedLanguages)).toEqual(['fi', 'sv', 'en'])
    expect(config.i18n.fallbackLanguage).toBe('fi')
    expect(
      (config.i18n.supportedLanguages as Record<string, { translations: { general: { thisLanguage: string } } }>).fi
        .translations.general.thisLanguage,
    ).toBe('Suomi')
  })
})

describe('our own labels', () => {
  const ours = () => ({
    collections: config.collections.filter((c) => !c.slug.startsWith('payload-')) as unknown as CollectionConfig[],
    globals: config.globals.filter((g) => !g.slug.startsWith('payload-')) as unknown as GlobalConfig[],
  })

  test('every collection, global, group, field, option, array row and description has Finnish and Swedish', () => {
    const { collections, globals } = ours()
    const lacking: string[] = []
    let checked = 0
    const has = (v: unknown, lang: string) =>
      Boolean(
        v &&
        typeof v === 'object' &&
        typeof (v as Record<string, unknown>)[lang] === 'string' &&
        (v as Record<string, string>)[lang].trim(),
      )
    walkAdminLabels(collections, globals, (target) => {
      const current = target.current
      if (typeof current === 'function') return
      checked++
      for (const lang of ['fi', 'sv']) {
        if (target.kind === 'collection' || target.kind === 'rows') {
          const labels = (current ?? {}) as { singular?: unknown; plural?: unknown }
          // Array rows without labels of their own show the field's label, which is checked separately.
          if (target.kind === 'rows' && current === undefined) continue
          if (!has(labels.singular, lang) || !has(labels.plural, lang)) lacking.push(`${target.key} (${lang})`)
        } else if (!has(current, lang)) {
          lacking.push(`${target.key} (${lang})`)
        }
      }
    })
    expect(checked).toBeGreaterThan(300)
    expect(lacking).toEqual([])
  })

  test('a label the dictionary lacks is caught: a new field gets only its English label', async () => {
    const { localizeAdminLabels } = await import('../../../src/i18n/admin/localizeAdminLabels')
    const probe: CollectionConfig = {
      slug: 'pages',
      fields: [{ name: 'brandNewField', type: 'text', label: 'Brand new field' }],
    }
    localizeAdminLabels([probe], [])
    expect((probe.fields[0] as { label: unknown }).label).toEqual({ en: 'Brand new field' })
  })

  test('a privacy note reads in Finnish and Swedish on the scribe report', () => {
    const reports = config.collections.find((c) => c.slug === 'reports')!
    const field = reports.fields.find((f) => 'name' in f && f.name === 'generalObservations') as {
      admin: { description: Record<string, string> }
    }
    expect(field.admin.description.fi).toMatch(/ei nimiä/)
    expect(field.admin.description.sv).toMatch(/inga namn/)
  })
})
