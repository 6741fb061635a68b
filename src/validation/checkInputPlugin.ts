import {
  type Block,
  type CollectionBeforeOperationHook,
  type Field,
  type GlobalConfig,
  type PayloadRequest,
  type Plugin,
  validations,
} from 'payload'

import { fieldMessage } from '../errors/fieldMessage'
import { type FieldProblem, FieldRefusal } from '../errors/FieldRefusal'
import { Refusal } from '../errors/Refusal'
import { checkUpload } from './checkUpload'
import { checkWherePaths } from './checkWherePaths'
import { isPlainObject, isStorableDate, maxListItems, maxNesting, shapeProblem, textProblem } from './inputChecks'

const textTypes = new Set(['text', 'email', 'textarea', 'code'])
const multiLineTypes = new Set(['textarea', 'code'])

type Walk = { problems: FieldProblem[]; allLocales: boolean }

function at(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key)
}

function checkText(field: Field & { type: string }, value: unknown, path: string, walk: Walk) {
  const hasMany = 'hasMany' in field && field.hasMany
  const values = hasMany && Array.isArray(value) ? value : [value]
  if (hasMany && Array.isArray(value) && value.length > maxListItems) {
    walk.problems.push({ path, key: 'errors.input.tooMany', values: { max: maxListItems } })
    return
  }
  for (const v of values) {
    const problem = textProblem(v, { multiLine: multiLineTypes.has(field.type) })
    if (problem) {
      walk.problems.push({ path, key: `errors.input.${problem}` })
      return
    }
  }
}

function checkRows(
  rows: unknown,
  max: number | undefined,
  path: string,
  walk: Walk,
  eachRow: (row: Record<string, unknown>, rowPath: string) => void,
) {
  // The admin's form sends a list without rows as its row count, 0 (@payloadcms/ui addFieldStatePromise).
  if (rows === null || rows === undefined || rows === 0) return
  if (!Array.isArray(rows)) {
    walk.problems.push({ path, key: 'errors.input.notList' })
    return
  }
  const limit = Math.min(max ?? maxListItems, maxListItems)
  if (rows.length > limit) {
    walk.problems.push({ path, key: 'errors.input.tooMany', values: { max: limit } })
    return
  }
  rows.forEach((row, i) => {
    if (!isPlainObject(row)) walk.problems.push({ path: at(path, i), key: 'errors.input.notList' })
    else eachRow(row, at(path, i))
  })
}

/** Checks the values `data` holds for `fields` (only those present: an update sends a part). */
function checkFields(fields: Field[], data: Record<string, unknown>, path: string, walk: Walk): void {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const inner = data[tab.name]
          if (isPlainObject(inner)) checkFields(tab.fields, inner, at(path, tab.name), walk)
        } else checkFields(tab.fields, data, path, walk)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) checkFields(field.fields, data, path, walk)
      continue
    }
    if (!(field.name in data)) continue
    const fieldPath = at(path, field.name)
    const raw = data[field.name]
    // A write in every locale at once (`locale=all`) sends a localized field as { fi: …, sv: … }.
    const values =
      walk.allLocales && 'localized' in field && field.localized && isPlainObject(raw) ? Object.values(raw) : [raw]
    for (const value of values) checkValue(field, value, fieldPath, walk)
  }
}

function checkValue(field: Field, value: unknown, path: string, walk: Walk): void {
  if (textTypes.has(field.type)) return checkText(field as Field & { type: string }, value, path, walk)
  switch (field.type) {
    case 'date':
      if (!isStorableDate(value)) walk.problems.push({ path, key: 'errors.input.date' })
      return
    case 'group':
      if (isPlainObject(value)) checkFields(field.fields, value, path, walk)
      return
    case 'array':
      return checkRows(value, field.maxRows, path, walk, (row, rowPath) =>
        checkFields(field.fields, row, rowPath, walk),
      )
    case 'blocks':
      return checkRows(value, field.maxRows, path, walk, (row, rowPath) => {
        const block = (field.blocks as Block[]).find((b) => b.slug === row.blockType)
        if (block) checkFields(block.fields, row, rowPath, walk)
      })
    default:
  }
}

/**
 * The data of a save, checked before Payload or any hook of ours reads it: it must be an object,
 * not absurdly nested, lists within their limits, texts text without control characters (NUL
 * nowhere, line breaks only in multi-line fields), dates real dates. Refused with 400 and a sentence
 * at each field in the saver's admin language.
 */
export function checkData(req: PayloadRequest, entity: string, fields: Field[], data: unknown): void {
  if (!isPlainObject(data)) throw new Refusal(req, 400, 'errors.bodyUnreadable')
  const shape = shapeProblem(data)
  if (shape?.kind === 'tooDeep') throw new Refusal(req, 400, 'errors.input.tooDeep', { max: maxNesting })
  const walk: Walk = { problems: [], allLocales: req.locale === 'all' }
  if (shape?.kind === 'tooMany')
    walk.problems.push({ path: shape.path, key: 'errors.input.tooMany', values: { max: maxListItems } })
  else checkFields(fields, data, '', walk)
  if (walk.problems.length) throw new FieldRefusal(req, entity, walk.problems)
}

const checkBeforeOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  // A bulk update or a create from an upload may leave data unset: nothing to check then but the file.
  if (data === undefined && (operation === 'update' || req.file)) return args
  checkData(req, collection.slug, collection.fields, data)
  return args
}

type AnyValidate = (value: unknown, options: Record<string, unknown>) => Promise<string | true> | string | true

type Link = { relationTo: string; id: unknown }

/** The records a relationship or upload value points at, by collection. */
function linksOf(value: unknown, relationTo: string | string[]): Link[] {
  const items = Array.isArray(value) ? value : [value]
  return items
    .filter((item) => item !== null && item !== undefined && item !== '')
    .map((item) => {
      if (Array.isArray(relationTo)) {
        const poly = item as { relationTo?: unknown; value?: unknown }
        const inner = poly?.value as { id?: unknown } | string | number | undefined
        return { relationTo: String(poly?.relationTo), id: typeof inner === 'object' ? inner?.id : inner }
      }
      return { relationTo, id: typeof item === 'object' ? (item as { id?: unknown }).id : item }
    })
}

/** Whether `id` has the shape of an id of `collection` in this database (numbers, uuids or ObjectIds). */
function couldBeAnId(req: PayloadRequest, collection: string, id: unknown): boolean {
  const known = req.payload.collections as Record<string, { customIDType?: string } | undefined>
  if (known[collection]?.customIDType) return true
  const db = req.payload.db as { idType?: string; defaultIDType?: string; name?: string }
  if (db.idType === 'uuid')
    return typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
  if (db.name === 'mongoose') return typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id)
  if (db.defaultIDType === 'number') return Number.isSafeInteger(Number(id)) && String(id).trim() !== ''
  return true
}

/** Whether every linked record exists (access skipped: whether one may link is the field's access). */
async function allExist(req: PayloadRequest, links: Link[]): Promise<boolean> {
  const byCollection = new Map<string, unknown[]>()
  for (const link of links) byCollection.set(link.relationTo, [...(byCollection.get(link.relationTo) ?? []), link.id])
  for (const [collection, ids] of byCollection) {
    if (!req.payload.collections[collection as never]) return false
    if (ids.some((id) => typeof id !== 'string' && typeof id !== 'number')) return false
    const unique = [...new Set(ids)]
    // Asked only with ids the database can read: on PostgreSQL a malformed uuid fails the query and,
    // with it, the whole request's transaction.
    if (!unique.every((id) => couldBeAnId(req, collection, id))) return false
    let found: number
    try {
      ;({ totalDocs: found } = await req.payload.count({
        collection: collection as never,
        where: { id: { in: unique } },
        overrideAccess: true,
        req,
      }))
    } catch {
      // An id the database cannot even read as one of its ids (PostgreSQL's uuid columns refuse "ei-ole")
      // names no record: the same refusal as an id that is well formed but missing.
      return false
    }
    if (found !== unique.length) return false
  }
  return true
}

/**
 * A link (relationship or upload) must point at records that exist: Payload checks only the id's
 * shape, and SQLite then fails with a foreign-key error (a 500) while MongoDB stores a dangling id.
 * Refused with one plain sentence at the field, also instead of Payload's "invalid relationships:
 * 999999 0". The field's own check (or Payload's) runs first and keeps its own sentences.
 */
function withExistingLinks(field: Field): Field {
  if (field.type !== 'relationship' && field.type !== 'upload') return field
  const own = (field.validate ?? validations[field.type]) as unknown as AnyValidate
  const relationTo = field.relationTo as string | string[]
  const validate: AnyValidate = async (value, options) => {
    const req = options.req as PayloadRequest
    const result = await own(value, options)
    const links = linksOf(value, relationTo)
    if (!links.length) return result
    if (result !== true) return field.validate ? result : fieldMessage(req, 'errors.input.recordMissing')
    // While someone edits in the admin, the form is checked on every change: the lookup waits for the save.
    if (options.event === 'onChange') return true
    return (await allExist(req, links)) ? true : fieldMessage(req, 'errors.input.recordMissing')
  }
  return { ...field, validate } as Field
}

/** Every field, nested ones included, passed through `change`. */
function mapFields(fields: Field[], change: (field: Field) => Field): Field[] {
  return fields.map((original) => {
    const field = change(original)
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: (field.blocks as Block[]).map((block) => ({ ...block, fields: mapFields(block.fields, change) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: mapFields(field.fields, change) } as Field
    return field
  })
}

function guardGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    fields: mapFields(global.fields, withExistingLinks),
    hooks: {
      ...global.hooks,
      beforeValidate: [
        ({ data, req }) => {
          checkData(req, global.slug, global.fields, data ?? {})
          return data
        },
        ...(global.hooks?.beforeValidate ?? []),
      ],
    },
  }
}

/**
 * Every collection and global gets the same input checks (see checkData), and every upload collection
 * the same check of a file's bytes (checkUpload), first in line, so no
 * collection needs its own patch and a new one is covered the day it is added.
 */
export const checkInputPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: mapFields(collection.fields, withExistingLinks),
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        checkBeforeOperation,
        checkWherePaths,
        ...(collection.upload ? [checkUpload] : []),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })),
  globals: (config.globals ?? []).map(guardGlobal),
})
